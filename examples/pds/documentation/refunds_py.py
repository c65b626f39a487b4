# Extracted from docs/pds/documentation.md:147 by `handbook extract`.
# Edit the page, not this file.
from decimal import Decimal


def refund(amount: Decimal) -> Decimal:
    return -amount


print(refund(Decimal("9.99")))
#> -9.99
