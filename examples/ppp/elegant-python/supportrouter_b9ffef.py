# Extracted from docs/ppp/elegant-python.md:598 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Callable

Rule = Callable[[str], str | None]


class SupportRouter:
    def __init__(self, rules: list[Rule]) -> None:
        self._rules = list(rules)

    def add(self, rule: Rule) -> None:
        self._rules.append(rule)

    def remove(self, rule: Rule) -> None:
        self._rules.remove(rule)

    def route(self, ticket: str) -> str:
        for rule in self._rules:
            team = rule(ticket)
            if team is not None:
                return team
        return "general queue"


def refunds(ticket: str) -> str | None:
    return "billing" if "refund" in ticket else None


def outages(ticket: str) -> str | None:
    return "on-call" if "down" in ticket else None


router = SupportRouter([refunds])
print(router.route("site down"))
#> general queue
router.add(outages)
print(router.route("site down"))
#> on-call
router.remove(refunds)
print(router.route("refund please"))
#> general queue
