# Extracted from docs/ppp/type-safety.md:220 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: UP046
# pyright: basic
from typing import Generic, TypeVar

ItemT = TypeVar("ItemT")


class Stack(Generic[ItemT]):
    def __init__(self) -> None:
        self._entries: list[ItemT] = []

    def push(self, entry: ItemT) -> None:
        self._entries.append(entry)

    def pop(self) -> ItemT:
        return self._entries.pop()


tickets: Stack[int] = Stack()
tickets.push(42)
print(tickets.pop() + 100)
#> 142
