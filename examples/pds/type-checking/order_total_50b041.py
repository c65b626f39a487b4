# Extracted from docs/pds/type-checking.md:86 by `handbook extract`.
# Edit the page, not this file.
from decimal import Decimal


def order_total(prices: list[Decimal], discount: Decimal) -> Decimal:
    return _to_cents(sum(prices, Decimal(0)) - discount)


def _to_cents(amount: Decimal) -> Decimal:
    return amount.quantize(Decimal("0.01"))


print(order_total([Decimal("9.99"), Decimal("5.01")], Decimal(1)))
#> 14.00
