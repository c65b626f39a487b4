# Extracted from docs/ppp/type-safety.md:486 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Iterable
from decimal import Decimal


def cheapest(prices: Iterable[Decimal]) -> Decimal:
    return min(prices)


print(cheapest([Decimal("4.50"), Decimal("2.25")]))
#> 2.25
