# Extracted from docs/sdp/best-practices.md:214 by `handbook extract`.
# Edit the page, not this file.
import hashlib
import json
from decimal import Decimal


class Payments:
    def __init__(self) -> None:
        self.by_key: dict[str, Decimal] = {}

    def charge(self, amount: Decimal, key: str) -> bool:
        """Charge once per key; a repeated key is acknowledged without charging."""
        if key in self.by_key:
            return False
        self.by_key[key] = amount
        return True


def key_from_payload(payload: dict[str, str]) -> str:
    """The guide's idea: a key derived from the payment data."""
    text = json.dumps(payload, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


coffee = {"customer": "c-17", "amount": "3.50"}
payments = Payments()
charged = [
    payments.charge(Decimal(coffee["amount"]), key_from_payload(coffee)) for _ in "ab"
]
print("two coffees, keyed by payload, charged:", charged)
#> two coffees, keyed by payload, charged: [True, False]

payments = Payments()
orders = ["order-5001", "order-5002"]  # each purchase has its own identity
charged = [payments.charge(Decimal("3.50"), f"{order}:payment") for order in orders]
print("two coffees, keyed by order, charged:", charged)
#> two coffees, keyed by order, charged: [True, True]
