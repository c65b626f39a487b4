# Extracted from docs/ppp/architecture.md:708 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Iterator


class PagedOrders:
    def __init__(self, pages: list[list[int]]) -> None:
        self._pages = pages

    def __iter__(self) -> Iterator[int]:
        for page in self._pages:
            yield from page


orders = PagedOrders([[101, 102], [103], [104, 105]])
print(list(orders), sum(1 for _ in orders))
#> [101, 102, 103, 104, 105] 5
