# Extracted from docs/sdp/best-practices.md:42 by `handbook extract`.
# Edit the page, not this file.
import asyncio
from collections.abc import Awaitable, Callable

from tenacity import (
    retry,
    retry_if_exception_type,
    stop_after_attempt,
    wait_random_exponential,
)


class CircuitOpenError(Exception):
    pass


class MiniBreaker:
    """Opens for good after `threshold` failures in a row (a demo, not a full one)."""

    def __init__(self, threshold: int, events: list[str]) -> None:
        self.threshold = threshold
        self.failures = 0
        self.events = events

    async def call(self, operation: Callable[[], Awaitable[str]]) -> str:
        if self.failures >= self.threshold:
            self.events.append("breaker: open, call rejected")
            raise CircuitOpenError
        try:
            result = await operation()
        except (TimeoutError, ConnectionError) as error:
            self.failures += 1
            self.events.append(
                f"breaker: failure {self.failures} ({type(error).__name__})"
            )
            raise
        self.failures = 0
        return result


async def no_wait(_seconds: float) -> None:
    """Stands in for asyncio.sleep, so the example does not wait out its backoff."""


async def fetch_price(events: list[str], breaker: MiniBreaker) -> str:
    async def hanging_backend() -> str:
        await asyncio.Event().wait()  # the pricing service has stopped answering
        return "never"

    async def one_try() -> str:
        async with asyncio.timeout(0.005):  # 4. timeout per attempt
            return await hanging_backend()

    @retry(  # 2. retry, around
        stop=stop_after_attempt(3),
        wait=wait_random_exponential(multiplier=0.1, max=1),
        retry=retry_if_exception_type((TimeoutError, ConnectionError)),
        sleep=no_wait,
        reraise=True,
    )
    async def attempt() -> str:
        return await breaker.call(one_try)  # 3. the breaker, around

    try:
        async with asyncio.timeout(2.0):  # 1. the caller's deadline
            return await attempt()
    except (CircuitOpenError, TimeoutError):
        events.append("caller: answered from cache")
        return "cached price 19.90"


async def main() -> list[str]:
    events: list[str] = []
    breaker = MiniBreaker(threshold=2, events=events)
    for request in (1, 2):
        events.append(f"request {request}")
        await fetch_price(events, breaker)
    return events


for event in asyncio.run(main()):
    print(event)
    #> request 1
    #> breaker: failure 1 (TimeoutError)
    #> breaker: failure 2 (TimeoutError)
    #> breaker: open, call rejected
    #> caller: answered from cache
    #> request 2
    #> breaker: open, call rejected
    #> caller: answered from cache
