# Extracted from docs/pds/documentation.md:69 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: D417
# pyright: basic
"""Shipping costs."""

from decimal import Decimal


def shipping_cost(weight_kg: Decimal, express: bool) -> Decimal:
    """Return the shipping cost of a parcel.

    Args:
        weight_kg: The parcel's weight.

    Returns:
        The cost in euros.
    """
    base = Decimal("4.90") + weight_kg * Decimal("0.80")
    return base * 2 if express else base


print(shipping_cost(Decimal("2.5"), express=False))
#> 6.900
