# Extracted from docs/sdp/resilience.md:1180 by `handbook extract`.
# Edit the page, not this file.
import asyncio
from collections import Counter

from tenacity import AsyncRetrying, RetryError, stop_after_attempt, wait_none

metrics: Counter[str] = Counter()


def count_attempt(_state: object) -> None:
    metrics["retry_attempts_total"] += 1


async def call_with_metrics(failures: int) -> None:
    calls: list[int] = []

    async def operation() -> None:
        calls.append(1)
        if len(calls) <= failures:
            raise ConnectionError("flaky")

    metrics["retry_calls_total"] += 1
    retrying = AsyncRetrying(
        stop=stop_after_attempt(3), wait=wait_none(), before=count_attempt
    )
    try:
        await retrying(operation)
    except RetryError:
        metrics["retry_exhausted_total"] += 1
        return
    if len(calls) > 1:
        metrics["retry_recovered_total"] += 1


for failures in (0, 1, 2, 5):
    asyncio.run(call_with_metrics(failures))
for name, value in metrics.items():
    print(name, value)
    #> retry_calls_total 4
    #> retry_attempts_total 9
    #> retry_recovered_total 2
    #> retry_exhausted_total 1
