# Extracted from docs/dpg/solid.md:404 by `handbook extract`.
# Edit the page, not this file.
from abc import ABC, abstractmethod


class Worker(ABC):
    @abstractmethod
    def work(self) -> str: ...

    @abstractmethod
    def salary(self) -> int: ...


class Robot(Worker):
    def work(self) -> str:
        return "welding"

    def salary(self) -> int:
        msg = "robots are not paid"
        raise NotImplementedError(msg)


def run_payroll(staff: list[Worker]) -> int:
    return sum(member.salary() for member in staff)


try:
    run_payroll([Robot()])
except NotImplementedError as error:
    print("payroll crashed:", error)
    #> payroll crashed: robots are not paid
