# Extracted from docs/sdp/selection.md:43 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass


@dataclass(frozen=True)
class Needs:
    async_work: bool = False
    remote_calls: bool = False
    cross_service_consistency: bool = False
    heavy_reads: bool = False
    horizontal_scale: bool = False


ANSWERS: dict[str, tuple[str, ...]] = {
    "async_work": ("queue", "dead-letter queue"),
    "remote_calls": ("timeout", "retry with backoff", "circuit breaker"),
    "cross_service_consistency": ("outbox", "saga"),
    "heavy_reads": ("CQRS", "caching"),
    "horizontal_scale": ("load balancing", "sharding"),
}


def patterns_for(needs: Needs) -> list[str]:
    chosen: list[str] = []
    for question, patterns in ANSWERS.items():
        if getattr(needs, question):
            chosen.extend(patterns)
    return chosen


checkout = Needs(async_work=True, remote_calls=True)
print(patterns_for(checkout))
#> ['queue', 'dead-letter queue', 'timeout', 'retry with backoff', 'circuit breaker']
