# Extracted from docs/dpg/structural.md:276 by `handbook extract`.
# Edit the page, not this file.
# pyright: reportAttributeAccessIssue=false, reportUnknownMemberType=false
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Product:
    name: str
    price: Decimal


@dataclass
class Bundle:
    name: str
    items: list[Product] = field(default_factory=list[Product])

    def add(self, item: Product) -> None:
        self.items.append(item)


bundle = Bundle("starter kit")
bundle.add(Product("cable", Decimal("4.99")))
print(len(bundle.items))
#> 1
cable = bundle.items[0]
try:
    cable.add(Product("plug", Decimal("2.99")))
except AttributeError as error:
    print(type(error).__name__)
    #> AttributeError
