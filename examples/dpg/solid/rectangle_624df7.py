# Extracted from docs/dpg/solid.md:273 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass


@dataclass
class Rectangle:
    width: float
    height: float

    def area(self) -> float:
        return self.height * self.width

    def stretch(self, new_width: float) -> None:
        self.width = new_width

    def lift(self, new_height: float) -> None:
        self.height = new_height


class Square(Rectangle):
    """Keeps its sides equal, so it cannot keep Rectangle's promises."""

    def __init__(self, side: float) -> None:
        super().__init__(side, side)

    def stretch(self, new_width: float) -> None:
        self.width = self.height = new_width

    def lift(self, new_height: float) -> None:
        self.width = self.height = new_height


def make_5_by_4(shape: Rectangle) -> float:
    shape.stretch(5)
    shape.lift(4)
    return shape.area()


print(make_5_by_4(Rectangle(1, 1)), make_5_by_4(Square(1)))
#> 20 16
