# Extracted from docs/sdp/relationships.md:173 by `handbook extract`.
# Edit the page, not this file.
import asyncio
from collections.abc import Callable


class TokenBucket:
    """Allows `rate` calls a second on average, with bursts of up to `burst`."""

    def __init__(self, rate: float, burst: int, clock: Callable[[], float]) -> None:
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._tokens = float(burst)
        self._updated = clock()

    def try_take(self) -> bool:
        now = self._clock()
        elapsed = now - self._updated
        self._tokens = min(self.burst, self._tokens + elapsed * self.rate)
        self._updated = now
        if self._tokens < 1:
            return False
        self._tokens -= 1
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def admit(bucket: TokenBucket, slots: asyncio.Semaphore) -> str:
    if not bucket.try_take():
        return "rejected by the rate limiter"
    if slots.locked():
        return "rejected by the bulkhead"
    return "passed on to the breaker"


clock = Clock()
bucket = TokenBucket(rate=1.0, burst=2, clock=clock)
slots = asyncio.Semaphore(5)
for _ in range(3):
    print(admit(bucket, slots))
    #> passed on to the breaker
    #> passed on to the breaker
    #> rejected by the rate limiter
clock.now = 1.0  # a second later, one token has come back
print(admit(bucket, slots))
#> passed on to the breaker
