# Extracted from docs/ppp/elegant-python.md:132 by `handbook extract`.
# Edit the page, not this file.
# pyright: reportArgumentType=false
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Shape:
    name: str


@dataclass(frozen=True)
class Circle(Shape):
    radius: float


def names(shapes: list[Shape]) -> list[str]:
    return [shape.name for shape in shapes]


def names_read_only(shapes: Sequence[Shape]) -> list[str]:
    return [shape.name for shape in shapes]


circles = [Circle("c1", 1.0), Circle("c2", 2.0)]
print(names(circles), names_read_only(circles))
#> ['c1', 'c2'] ['c1', 'c2']
