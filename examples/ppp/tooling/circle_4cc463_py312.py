# Extracted from docs/ppp/tooling.md:43 by `handbook extract`.
# Edit the page, not this file.
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Circle:
    radius: float


@dataclass(frozen=True)
class Square:
    side: float


type Shape = Circle | Square


def area(shape: Shape) -> float:
    match shape:
        case Circle(radius=radius):
            return math.pi * radius**2
        case Square(side=side):
            return side * side


def largest[T](items: Iterable[T], size: Callable[[T], float]) -> T:
    return max(items, key=size)


print(round(area(Circle(1.0)), 2), area(Square(3.0)))
#> 3.14 9.0
print(largest([Circle(1.0), Square(2.0)], area))
#> Square(side=2.0)
