# Extracted from docs/pds/type-checking.md:72 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: ANN001, ANN201
# pyright: reportMissingParameterType=false
from decimal import Decimal


def order_total(prices: list[Decimal], discount=0):
    return sum(prices, Decimal(0)) - discount


print(order_total([Decimal("9.99"), Decimal("5.01")], 1))
#> 14.00
