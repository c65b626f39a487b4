# Extracted from docs/dpg/creational.md:270 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass
from decimal import Decimal
from typing import Self


@dataclass(frozen=True)
class Pizza:
    size: str
    toppings: tuple[str, ...]
    price: Decimal


class PizzaBuilder:
    def __init__(self) -> None:
        self._size = "medium"
        self._toppings: list[str] = []

    def size(self, size: str) -> Self:
        self._size = size
        return self

    def topping(self, name: str) -> Self:
        self._toppings.append(name)
        return self

    def build(self) -> Pizza:
        base = Decimal("12.00") if self._size == "large" else Decimal("10.00")
        price = base + Decimal("1.50") * len(self._toppings)
        return Pizza(self._size, tuple(self._toppings), price)


builder = PizzaBuilder().topping("basil")
margherita = builder.build()
pepperoni = builder.topping("pepperoni").size("large").build()
print(margherita)
#> Pizza(size='medium', toppings=('basil',), price=Decimal('11.50'))
print(pepperoni)
#> Pizza(size='large', toppings=('basil', 'pepperoni'), price=Decimal('15.00'))
