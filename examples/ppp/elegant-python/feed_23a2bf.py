# Extracted from docs/ppp/elegant-python.md:190 by `handbook extract`.
# Edit the page, not this file.
from typing import Protocol, TypeVar

ItemT_co = TypeVar("ItemT_co", covariant=True)


class Feed(Protocol[ItemT_co]):
    def latest(self) -> ItemT_co: ...


print(ItemT_co.__covariant__)
#> True
