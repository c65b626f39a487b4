# Extracted from docs/sdp/selection.md:111 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass


@dataclass(frozen=True)
class RequestTiming:
    total_ms: float
    dependency_ms: float


def where_the_time_goes(timings: list[RequestTiming]) -> str:
    total = sum(t.total_ms for t in timings)
    waiting = sum(t.dependency_ms for t in timings)
    share = waiting / total
    if share >= 0.5:
        return f"{share:.0%} waiting on the dependency: timeout and circuit breaker"
    return (
        f"{share:.0%} waiting on the dependency: look at the service's own work first"
    )


checkout = [RequestTiming(2400, 2200), RequestTiming(2600, 2450)]
reports = [RequestTiming(3100, 300), RequestTiming(2900, 250)]
print(where_the_time_goes(checkout))
#> 93% waiting on the dependency: timeout and circuit breaker
print(where_the_time_goes(reports))
#> 9% waiting on the dependency: look at the service's own work first
