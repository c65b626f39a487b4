# Extracted from docs/dpg/solid.md:231 by `handbook extract`.
# Edit the page, not this file.
# pyright: reportArgumentType=false
from decimal import Decimal
from typing import Protocol


class PriceRule(Protocol):
    def apply(self, list_price: Decimal) -> Decimal: ...


class HalfPrice:
    def apply(self, list_price: float) -> float:
        return list_price / 2


def checkout(list_price: Decimal, rule: PriceRule) -> Decimal:
    return rule.apply(list_price)


print(checkout(Decimal(10), HalfPrice()))
#> 5
