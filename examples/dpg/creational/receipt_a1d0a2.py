# Extracted from docs/dpg/creational.md:48 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol, Self


@dataclass(frozen=True)
class Receipt:
    method: str
    reference: str
    amount: Decimal


class PaymentMethod(Protocol):
    def charge(self, amount: Decimal) -> Receipt: ...


class CardPayment:
    def charge(self, amount: Decimal) -> Receipt:
        return Receipt("card", "card-0001", amount)


class BankTransfer:
    def __init__(self, iban: str) -> None:
        self._iban = iban

    @classmethod
    def from_settings(cls, settings: dict[str, str]) -> Self:
        return cls(settings["iban"].replace(" ", ""))

    def charge(self, amount: Decimal) -> Receipt:
        return Receipt("transfer", f"sepa-{self._iban[-4:]}", amount)


SETTINGS = {"iban": "DE89 3704 0044 0532 0130 00"}
PAYMENT_METHODS: dict[str, Callable[[], PaymentMethod]] = {
    "card": CardPayment,
    "transfer": lambda: BankTransfer.from_settings(SETTINGS),
}


def payment_method(name: str) -> PaymentMethod:
    factory = PAYMENT_METHODS.get(name)
    if factory is None:
        raise ValueError(f"unknown payment method {name!r}")
    return factory()


for name in ("card", "transfer"):
    print(payment_method(name).charge(Decimal("99.99")))
    #> Receipt(method='card', reference='card-0001', amount=Decimal('99.99'))
    #> Receipt(method='transfer', reference='sepa-3000', amount=Decimal('99.99'))
