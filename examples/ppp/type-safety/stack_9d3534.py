# Extracted from docs/ppp/type-safety.md:194 by `handbook extract`.
# Edit the page, not this file.
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
tickets.push(41)
tickets.push(42)
print(tickets.pop() + 100)
#> 142
