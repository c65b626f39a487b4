# Extracted from docs/dpg/solid.md:344 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


class Shape(Protocol):
    def area(self) -> float: ...


@dataclass(frozen=True)
class Rectangle:
    width: float
    height: float

    def area(self) -> float:
        return self.width * self.height


@dataclass(frozen=True)
class Square:
    side: float

    def area(self) -> float:
        return self.side * self.side


def total_area(shapes: Sequence[Shape]) -> float:
    return sum(shape.area() for shape in shapes)


squares = [Square(2), Square(3)]
print(total_area(squares), total_area([Rectangle(5, 4), *squares]))
#> 13 33
