# Extracted from docs/pds/use-cases.md:580 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Callable


class Deadline:
    def __init__(self, seconds: float, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.expires_at = clock() + seconds

    def remaining(self, reserve: float = 0.05) -> float:
        """Time left for a downstream call, keeping a reserve to answer our caller."""
        return max(0.0, self.expires_at - self.clock() - reserve)


class ManualClock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


clock = ManualClock()
incoming = Deadline(2.0, clock)  # the client allowed 2 seconds
clock.now += 1.2  # our own work so far
print(round(incoming.remaining(), 2))  # stub.Reserve(request, timeout=...) gets this
#> 0.75
clock.now += 1.0
print(incoming.remaining())  # nothing left: fail now with DEADLINE_EXCEEDED
#> 0.0
