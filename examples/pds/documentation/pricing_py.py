# Extracted from docs/pds/documentation.md:37 by `handbook extract`.
# Edit the page, not this file.
"""Prices, discounts and rounding for the shop's checkout."""

from decimal import ROUND_HALF_UP, Decimal


def discounted(price: Decimal, percent: int) -> Decimal:
    """Apply a percentage discount and round to whole cents.

    Args:
        price: The undiscounted price, in euros.
        percent: The discount, from 0 to 100.

    Returns:
        The discounted price, rounded half up to two decimal places.

    Raises:
        ValueError: If `percent` is outside 0 to 100.
    """
    if not 0 <= percent <= 100:
        raise ValueError(f"discount of {percent}% is not a percentage")
    reduced = price * (100 - percent) / 100
    return reduced.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


print(discounted(Decimal("19.99"), 15))
#> 16.99
