# Extracted from docs/ppp/elegant-python.md:74 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass
from typing import Protocol, TypeVar

ItemT_co = TypeVar("ItemT_co", covariant=True)
ItemT_contra = TypeVar("ItemT_contra", contravariant=True)


@dataclass(frozen=True)
class Shape:
    name: str


@dataclass(frozen=True)
class Circle(Shape):
    radius: float


class Source(Protocol[ItemT_co]):
    def produce(self) -> ItemT_co: ...


class Sink(Protocol[ItemT_contra]):
    def consume(self, item: ItemT_contra) -> None: ...


class CircleFactory:
    def produce(self) -> Circle:
        return Circle("unit", 1.0)


class ShapeLog:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def consume(self, item: Shape) -> None:
        self.seen.append(item.name)


def copy_one(source: Source[Shape], sink: Sink[Circle], circle: Circle) -> Shape:
    sink.consume(circle)
    return source.produce()


log = ShapeLog()
print(copy_one(CircleFactory(), log, Circle("dot", 0.1)), log.seen)
#> Circle(name='unit', radius=1.0) ['dot']
