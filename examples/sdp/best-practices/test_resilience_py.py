# Extracted from docs/sdp/best-practices.md:371 by `handbook extract`.
# Edit the page, not this file.
import asyncio
import random
from collections.abc import Awaitable, Callable

import pytest

Sleep = Callable[[float], Awaitable[None]]


async def retry(
    operation: Callable[[], Awaitable[str]],
    attempts: int,
    rng: random.Random,
    sleep: Sleep,
) -> str:
    for attempt in range(1, attempts + 1):
        try:
            return await operation()
        except ConnectionError:
            if attempt == attempts:
                raise
            await sleep(rng.uniform(0, 0.5 * 2 ** (attempt - 1)))
    raise AssertionError("attempts must be at least 1")


def flaky(failures: int) -> Callable[[], Awaitable[str]]:
    calls: list[int] = []

    async def operation() -> str:
        calls.append(1)
        if len(calls) <= failures:
            raise ConnectionError("reset")
        return "ok"

    return operation


def test_retry_recovers_with_jittered_waits_below_the_ceilings() -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    rng = random.Random(3)  # noqa: S311 - test data, not cryptography
    assert asyncio.run(retry(flaky(2), 3, rng, sleep)) == "ok"
    assert len(waits) == 2
    assert 0 <= waits[0] <= 0.5
    assert 0 <= waits[1] <= 1.0


def test_retry_gives_up_and_keeps_the_error() -> None:
    async def sleep(_seconds: float) -> None:
        pass

    rng = random.Random(3)  # noqa: S311 - test data, not cryptography
    with pytest.raises(ConnectionError, match="reset"):
        asyncio.run(retry(flaky(5), 3, rng, sleep))


def test_semaphore_bulkhead_rejects_the_fourth_call() -> None:
    async def scenario() -> list[bool]:
        slots = asyncio.Semaphore(3)
        release = asyncio.Event()

        async def call() -> bool:
            if slots.locked():
                return False
            async with slots:
                await release.wait()
                return True

        tasks = [asyncio.create_task(call()) for _ in range(4)]
        await asyncio.sleep(0)
        release.set()
        return await asyncio.gather(*tasks)

    assert asyncio.run(scenario()) == [True, True, True, False]
