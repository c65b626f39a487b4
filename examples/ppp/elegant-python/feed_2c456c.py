# Extracted from docs/ppp/elegant-python.md:176 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: PLC0105
# pyright: basic
from typing import Protocol, TypeVar

Item = TypeVar("Item", covariant=True)


class Feed(Protocol[Item]):
    def latest(self) -> Item: ...


print(Item.__covariant__)
#> True
