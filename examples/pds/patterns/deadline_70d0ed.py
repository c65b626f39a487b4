# Extracted from docs/pds/patterns.md:521 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Callable


class Deadline:
    def __init__(self, budget: float, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.expires = clock() + budget

    def timeout(self, default: float, margin: float = 0.2) -> float:
        """The default, cut to what is left of the budget minus a margin."""
        return max(0.0, min(default, self.expires - self.clock() - margin))


now = 1_000.0
deadline = Deadline(budget=10.0, clock=lambda: now)  # the gateway waits 10 s
print(deadline.timeout(default=30.0))  # database query
#> 9.8
now += 7.5  # the first calls took 7.5 s
print(round(deadline.timeout(default=5.0), 2))  # internal HTTP call
#> 2.3
