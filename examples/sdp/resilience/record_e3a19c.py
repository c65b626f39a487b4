# Extracted from docs/sdp/resilience.md:1106 by `handbook extract`.
# Edit the page, not this file.
import asyncio

from tenacity import (
    RetryCallState,
    retry,
    retry_if_exception_type,
    stop_after_attempt,
    wait_random_exponential,
)

delays: list[float] = []
calls: list[int] = []
log: list[str] = []


async def record(seconds: float) -> None:
    delays.append(round(seconds, 3))


def log_retry(state: RetryCallState) -> None:
    error = state.outcome.exception() if state.outcome else None
    log.append(f"attempt {state.attempt_number} failed: {error!r}")


@retry(
    stop=stop_after_attempt(5),
    wait=wait_random_exponential(multiplier=0.5, max=30),
    retry=retry_if_exception_type((ConnectionError, TimeoutError)),
    before_sleep=log_retry,
    sleep=record,
    reraise=True,
)
async def fetch_rates() -> str:
    calls.append(1)
    if len(calls) < 4:
        raise ConnectionError("reset by peer")
    return "EUR/USD 1.08"


result = asyncio.run(fetch_rates())
print(result, delays)
#> EUR/USD 1.08 [0.32, 0.025, 0.55]
print(log[0], "...", len(log), "retries")
#> attempt 1 failed: ConnectionError('reset by peer') ... 3 retries
