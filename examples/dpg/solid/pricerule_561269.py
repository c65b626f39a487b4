# Extracted from docs/dpg/solid.md:161 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol


class PriceRule(Protocol):
    def apply(self, list_price: Decimal) -> Decimal: ...


class ListPrice:
    def apply(self, list_price: Decimal) -> Decimal:
        return list_price


@dataclass(frozen=True)
class PercentOff:
    percent: Decimal

    def apply(self, list_price: Decimal) -> Decimal:
        return list_price * (100 - self.percent) / 100


@dataclass
class Product:
    name: str
    list_price: Decimal
    rule: PriceRule

    def price(self) -> Decimal:
        return self.rule.apply(self.list_price).quantize(Decimal("0.01"))


lamp = Product("lamp", Decimal("80.00"), ListPrice())
print(lamp.price())
#> 80.00
lamp.rule = PercentOff(Decimal(15))
print(lamp.price())
#> 68.00


# A rule written later: Product is not touched.
@dataclass(frozen=True)
class MemberPrice:
    tier: int

    def apply(self, list_price: Decimal) -> Decimal:
        return list_price - 2 * self.tier


lamp.rule = MemberPrice(tier=3)
print(lamp.price())
#> 74.00
