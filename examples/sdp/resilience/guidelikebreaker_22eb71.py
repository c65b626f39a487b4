# Extracted from docs/sdp/resilience.md:311 by `handbook extract`.
# Edit the page, not this file.
import asyncio


class GuideLikeBreaker:
    """The guide's half-open handling, without its counters and statistics."""

    def __init__(self) -> None:
        self.state = "half_open"  # the open period has just ended
        self._lock = asyncio.Lock()

    async def call(self, arrived: list[int]) -> str:
        async with self._lock:
            if self.state == "open":
                raise RuntimeError("circuit open")
        arrived.append(1)  # the call itself runs outside the lock
        await asyncio.sleep(0)
        return "results"


async def main() -> int:
    breaker = GuideLikeBreaker()
    arrived: list[int] = []
    await asyncio.gather(*(breaker.call(arrived) for _ in range(5)))
    return len(arrived)


print("reached the dependency:", asyncio.run(main()))
#> reached the dependency: 5
