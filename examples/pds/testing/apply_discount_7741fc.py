# Extracted from docs/pds/testing.md:75 by `handbook extract`.
# Edit the page, not this file.
from decimal import ROUND_HALF_UP, Decimal


def apply_discount(total: Decimal, percent: int) -> Decimal:
    discounted = total * (100 - percent) / 100
    return discounted.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def test_discount_is_rounded_to_cents() -> None:
    assert apply_discount(Decimal("19.99"), 15) == Decimal("16.99")


test_discount_is_rounded_to_cents()
