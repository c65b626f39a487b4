# Extracted from docs/dpg/solid.md:438 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Iterable
from typing import Protocol


class CanWork(Protocol):
    def work(self) -> str: ...


class Paid(Protocol):
    def salary(self) -> int: ...


class Employee:
    def work(self) -> str:
        return "reviewing"

    def salary(self) -> int:
        return 4_200


class Robot:
    def work(self) -> str:
        return "welding"


def run_shift(crew: Iterable[CanWork]) -> list[str]:
    return [member.work() for member in crew]


def run_payroll(staff: Iterable[Paid]) -> int:
    return sum(member.salary() for member in staff)


print(run_shift([Employee(), Robot()]), run_payroll([Employee()]))
#> ['reviewing', 'welding'] 4200
