# Extracted from docs/dpg/solid.md:318 by `handbook extract`.
# Edit the page, not this file.
# pyright: reportIncompatibleMethodOverride=false
from dataclasses import dataclass


@dataclass(frozen=True)
class Rectangle:
    width: float
    height: float

    def scaled(self, factor: float) -> "Rectangle":
        return Rectangle(self.width * factor, self.height * factor)


@dataclass(frozen=True)
class Square(Rectangle):
    def scaled(self, factor: int) -> "Square":  # narrows the parameter
        return Square(self.width * factor, self.width * factor)


print(Square(2, 2).scaled(3).width)
#> 6
