# Extracted from docs/pds/documentation.md:177 by `handbook extract`.
# Edit the page, not this file.
from decimal import Decimal

FREE_SHIPPING_THRESHOLD = Decimal("50.00")
"""Orders at or above this total (in euros) ship free: the marketing promise of 2025."""

MAX_LINES = 100  # a limit of the warehouse system, which rejects longer orders


def _needs_shipping_fee(total: Decimal) -> bool:
    """Tell whether the order pays for shipping."""
    return total < FREE_SHIPPING_THRESHOLD


print(_needs_shipping_fee(Decimal("49.99")), _needs_shipping_fee(Decimal("50.00")))
#> True False
