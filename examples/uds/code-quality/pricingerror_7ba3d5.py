# Extracted from docs/uds/code-quality.md:140 by `handbook extract`.
# Edit the page, not this file.
from decimal import Decimal


class PricingError(Exception):
    """A price cannot be computed from the data given."""


def unit_price(total: Decimal, quantity: int) -> Decimal:
    """Split an order line's total over its items.

    Args:
        total: Price of the whole line, tax included.
        quantity: Number of items on the line.

    Returns:
        The price of one item, rounded to cents.

    Raises:
        PricingError: If the quantity is not positive.
    """
    if quantity <= 0:
        raise PricingError(f"quantity must be positive, got {quantity}")
    return (total / quantity).quantize(Decimal("0.01"))


print(unit_price(Decimal("10.00"), 3))
#> 3.33
