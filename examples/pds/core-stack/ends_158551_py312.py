# Extracted from docs/pds/core-stack.md:74 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Iterable

type Pair[T] = tuple[T, T]


def ends[T](items: Iterable[T]) -> Pair[T]:
    values = list(items)
    return values[0], values[-1]


print(ends([3, 1, 4, 1, 5]))
#> (3, 5)
print(ends("abc"))
#> ('a', 'c')
