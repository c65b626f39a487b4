# Extracted from docs/ppp/type-safety.md:169 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Callable, Sequence


def first_or[T](items: Sequence[T], fallback: T) -> T:
    return items[0] if items else fallback


def apply[T, R](item: T, step: Callable[[T], R]) -> R:
    return step(item)


print(apply(first_or(["mug", "plate"], "none"), str.title))
#> Mug
