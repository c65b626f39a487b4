# Extracted from docs/sdp/relationships.md:45 by `handbook extract`.
# Edit the page, not this file.
import asyncio

from tenacity import (
    retry,
    retry_if_exception_type,
    stop_after_attempt,
    wait_random_exponential,
)


class CircuitOpenError(Exception):
    pass


waited: list[float] = []


async def record(seconds: float) -> None:
    waited.append(seconds)


async def breaker_is_open() -> str:
    raise CircuitOpenError("payments")


retry_everything = retry(
    stop=stop_after_attempt(5),
    wait=wait_random_exponential(multiplier=0.5, max=30),
    retry=retry_if_exception_type(Exception),
    sleep=record,
    reraise=True,
)
retry_transient = retry(
    stop=stop_after_attempt(5),
    wait=wait_random_exponential(multiplier=0.5, max=30),
    retry=retry_if_exception_type((ConnectionError, TimeoutError)),
    sleep=record,
    reraise=True,
)

for name, policy in (("every error", retry_everything), ("transient", retry_transient)):
    waited.clear()
    try:
        asyncio.run(policy(breaker_is_open)())
    except CircuitOpenError:
        print(f"retrying {name}: gave up after waiting {sum(waited):.2f}s")
        #> retrying every error: gave up after waiting 6.41s
        #> retrying transient: gave up after waiting 0.00s
