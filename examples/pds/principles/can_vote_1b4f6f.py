# Extracted from docs/pds/principles.md:50 by `handbook extract`.
# Edit the page, not this file.
from decimal import Decimal

VAT_RATES = {
    "standard": Decimal("0.20"),
    "reduced": Decimal("0.05"),
    "zero": Decimal(0),
}


def can_vote(age: int) -> bool:
    return age >= 18


def vat(net: Decimal, band: str) -> Decimal:
    return (net * VAT_RATES[band]).quantize(Decimal("0.01"))


print(can_vote(17), vat(Decimal("19.99"), "standard"))
#> False 4.00
