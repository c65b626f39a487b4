# Extracted from docs/sdp/resilience.md:1367 by `handbook extract`.
# Edit the page, not this file.
import asyncio


async def main() -> int:
    slots = asyncio.Semaphore(3)
    release = asyncio.Event()
    waiting: list[int] = []

    async def slow_report() -> None:
        waiting.append(1)
        async with slots:
            waiting.pop()
            await release.wait()

    calls = [asyncio.create_task(slow_report()) for _ in range(500)]
    await asyncio.sleep(0)
    queued = len(waiting)
    release.set()
    await asyncio.gather(*calls)
    return queued


print("waiting for a slot:", asyncio.run(main()))
#> waiting for a slot: 497
