# Extracted from docs/ppp/type-safety.md:145 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Callable, Sequence
from typing import TypeVar

ItemT = TypeVar("ItemT")
ResultT = TypeVar("ResultT")


def first_or(items: Sequence[ItemT], fallback: ItemT) -> ItemT:
    return items[0] if items else fallback


def apply(item: ItemT, step: Callable[[ItemT], ResultT]) -> ResultT:
    return step(item)


label = first_or(["mug", "plate"], "none")
size = apply(label, len)
print(label.upper(), size + 1)
#> MUG 4
