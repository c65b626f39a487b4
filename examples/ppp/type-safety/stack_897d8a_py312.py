# Extracted from docs/ppp/type-safety.md:243 by `handbook extract`.
# Edit the page, not this file.
class Stack[T]:
    def __init__(self) -> None:
        self._entries: list[T] = []

    def push(self, entry: T) -> None:
        self._entries.append(entry)

    def pop(self) -> T:
        return self._entries.pop()


tickets = Stack[int]()
tickets.push(42)
print(tickets.pop() + 100)
#> 142
