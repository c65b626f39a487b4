# Extracted from docs/dpg/structural.md:51 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol, TypedDict


@dataclass(frozen=True)
class Payment:
    reference: str
    amount: Decimal


class PaymentDeclinedError(Exception):
    pass


class PaymentProcessor(Protocol):
    def charge(self, customer_id: str, amount: Decimal) -> Payment: ...


class LegacyReply(TypedDict):
    status: str
    tx_id: str
    amount_cents: int


class LegacyGateway:
    """Stands for code we cannot change: amounts in cents, replies as dictionaries."""

    def make_payment(self, cents: int, cust_ref: str) -> LegacyReply:
        status = "declined" if cust_ref == "blocked" else "ok"
        return {"status": status, "tx_id": f"L-{cents}", "amount_cents": cents}


class LegacyGatewayAdapter:
    def __init__(self, gateway: LegacyGateway) -> None:
        self._gateway = gateway

    def charge(self, customer_id: str, amount: Decimal) -> Payment:
        cents = amount * 100
        if cents != cents.to_integral_value():
            raise ValueError(f"{amount} has fractions of a cent")
        reply = self._gateway.make_payment(int(cents), customer_id)
        if reply["status"] != "ok":
            raise PaymentDeclinedError(reply["tx_id"])
        return Payment(reply["tx_id"], Decimal(reply["amount_cents"]) / 100)


def checkout(processor: PaymentProcessor, customer_id: str, total: Decimal) -> str:
    try:
        payment = processor.charge(customer_id, total)
    except PaymentDeclinedError:
        return "declined"
    return f"paid {payment.amount} as {payment.reference}"


processor = LegacyGatewayAdapter(LegacyGateway())
print(checkout(processor, "c-42", Decimal("149.99")))
#> paid 149.99 as L-14999
print(checkout(processor, "blocked", Decimal("5.00")))
#> declined
try:
    checkout(processor, "c-42", Decimal("10.005"))
except ValueError as error:
    print(error)
    #> 10.005 has fractions of a cent
print(int(Decimal("10.005") * 100))
#> 1000
