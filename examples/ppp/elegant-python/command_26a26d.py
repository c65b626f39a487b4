# Extracted from docs/ppp/elegant-python.md:650 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass, field
from typing import Protocol


class Command(Protocol):
    def run(self) -> None: ...
    def undo(self) -> None: ...


@dataclass
class Cart:
    items: list[str] = field(default_factory=list[str])


@dataclass
class AddItem:
    cart: Cart
    sku: str

    def run(self) -> None:
        self.cart.items.append(self.sku)

    def undo(self) -> None:
        self.cart.items.remove(self.sku)


class Invoker:
    def __init__(self) -> None:
        self._done: list[Command] = []

    def run(self, command: Command) -> None:
        command.run()
        self._done.append(command)

    def undo_last(self) -> None:
        if self._done:
            self._done.pop().undo()


cart = Cart()
invoker = Invoker()
invoker.run(AddItem(cart, "MUG-01"))
invoker.run(AddItem(cart, "PLATE-02"))
invoker.undo_last()
print(cart.items)
#> ['MUG-01']
