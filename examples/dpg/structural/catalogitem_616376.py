# Extracted from docs/dpg/structural.md:212 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

CENT = Decimal("0.01")


class CatalogItem(Protocol):
    @property
    def price(self) -> Decimal: ...


@dataclass(frozen=True)
class Product:
    name: str
    price: Decimal


@dataclass
class Bundle:
    name: str
    discount_percent: Decimal
    items: list[CatalogItem] = field(default_factory=list[CatalogItem])

    def add(self, item: CatalogItem) -> None:
        self.items.append(item)

    @property
    def price(self) -> Decimal:
        total = sum((item.price for item in self.items), Decimal(0))
        discounted = total * (1 - self.discount_percent / 100)
        return discounted.quantize(CENT, rounding=ROUND_HALF_UP)


laptop = Product("laptop", Decimal("1299.99"))
mouse = Product("mouse", Decimal("29.99"))
monitor = Product("monitor", Decimal("399.99"))

desk = Bundle("desk set", Decimal(10))
desk.add(laptop)
desk.add(mouse)
studio = Bundle("studio", Decimal(5), [desk, monitor])
for item in (mouse, desk, studio):
    print(item.price)
    #> 29.99
    #> 1196.98
    #> 1517.12
