# Extracted from docs/dpg/creational.md:230 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass, field, replace
from decimal import Decimal

SIZE_PRICES = {"small": Decimal("8.00"), "medium": Decimal("10.00")}


@dataclass(frozen=True, kw_only=True)
class Pizza:
    size: str = "medium"
    crust: str = "regular"
    toppings: tuple[str, ...] = ()
    vegan: bool = False
    price: Decimal = field(init=False)

    def __post_init__(self) -> None:
        if self.size not in SIZE_PRICES:
            raise ValueError(f"unknown size {self.size!r}")
        price = SIZE_PRICES[self.size] + Decimal("1.50") * len(self.toppings)
        object.__setattr__(self, "price", price)


margherita = Pizza(crust="thin", toppings=("basil",))
small = replace(margherita, size="small", toppings=("basil", "olives"))
print(margherita.price, margherita.toppings, small.price, small.toppings)
#> 11.50 ('basil',) 11.00 ('basil', 'olives')
