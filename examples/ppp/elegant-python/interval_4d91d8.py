# Extracted from docs/ppp/elegant-python.md:214 by `handbook extract`.
# Edit the page, not this file.
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Interval:
    start: int
    end: int

    def merge(self, other: Interval) -> Interval:
        return Interval(min(self.start, other.start), max(self.end, other.end))


@dataclass
class Booking:
    slot: Interval
    guest: Guest


@dataclass
class Guest:
    name: str


print(Interval(1, 5).merge(Interval(4, 9)))
#> Interval(start=1, end=9)
print(Booking(Interval(1, 2), Guest("Ada")).guest.name)
#> Ada
