# Extracted from docs/uds/compliance.md:182 by `handbook extract`.
# Edit the page, not this file.
from collections import deque
from collections.abc import Callable


class SlidingWindowLimiter:
    """Allow `limit` requests per `window_s`; a refused request is not recorded."""

    def __init__(self, limit: int, window_s: float, clock: Callable[[], float]) -> None:
        self.limit, self.window_s, self.clock = limit, window_s, clock
        self.seen: dict[str, deque[float]] = {}

    def is_allowed(self, client: str) -> bool:
        now = self.clock()
        recent = self.seen.setdefault(client, deque())
        while recent and recent[0] <= now - self.window_s:
            recent.popleft()
        if len(recent) >= self.limit:
            return False
        recent.append(now)
        return True


def source_rule(times: list[float], limit: int, window_s: float) -> list[bool]:
    """The source's order: drop old entries, count, add this request, then decide."""
    window: list[float] = []
    decisions: list[bool] = []
    for now in times:
        window = [seen for seen in window if seen > now - window_s]
        count = len(window)
        window.append(now)
        decisions.append(count < limit)
    return decisions


times = [float(second) for second in range(30)]
moment = iter(times)
limiter = SlidingWindowLimiter(limit=5, window_s=10, clock=lambda: next(moment))
ours = [limiter.is_allowed("client-1") for _ in times]
print(sum(source_rule(times, limit=5, window_s=10)), sum(ours))
#> 5 15
