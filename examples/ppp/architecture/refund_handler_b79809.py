# Extracted from docs/ppp/architecture.md:657 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Callable
from dataclasses import dataclass

Handler = Callable[[str], str | None]


def refund_handler(ticket: str) -> str | None:
    return "billing team" if "refund" in ticket else None


def outage_handler(ticket: str) -> str | None:
    return "on-call engineer" if "down" in ticket else None


def route(ticket: str, chain: list[Handler]) -> str:
    for handler in chain:
        answer = handler(ticket)
        if answer is not None:
            return answer
    return "general queue"


@dataclass(frozen=True)
class AssignTicket:
    ticket: str
    team: str

    def execute(self, board: dict[str, list[str]]) -> None:
        board.setdefault(self.team, []).append(self.ticket)


chain = [refund_handler, outage_handler]
tickets = ["refund please", "site down", "hello"]
queue = [AssignTicket(ticket, route(ticket, chain)) for ticket in tickets]
board: dict[str, list[str]] = {}
for command in queue:
    command.execute(board)
print(sorted(board))
#> ['billing team', 'general queue', 'on-call engineer']
