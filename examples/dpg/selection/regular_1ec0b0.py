# Extracted from docs/dpg/selection.md:128 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Callable, Iterator

Pricing = Callable[[float], float]


def regular(total: float) -> float:
    return total


def member(total: float) -> float:
    return round(total * 0.9, 2)


def checkout(total: float, pricing: Pricing) -> float:
    return pricing(total)


def every_other(items: list[str]) -> Iterator[str]:
    yield from items[::2]


print(checkout(50.0, regular), checkout(50.0, member))
#> 50.0 45.0
print(list(every_other(["a", "b", "c", "d", "e"])))
#> ['a', 'c', 'e']
