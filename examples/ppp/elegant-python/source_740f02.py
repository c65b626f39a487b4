# Extracted from docs/ppp/elegant-python.md:54 by `handbook extract`.
# Edit the page, not this file.
# pyright: reportInvalidTypeVarUse=false
from typing import Protocol, TypeVar

ItemT = TypeVar("ItemT")


class Source(Protocol[ItemT]):
    def produce(self) -> ItemT: ...


class Sink(Protocol[ItemT]):
    def consume(self, item: ItemT) -> None: ...


print(Source.__name__, Sink.__name__)
#> Source Sink
