# Extracted from docs/pds/patterns.md:440 by `handbook extract`.
# Edit the page, not this file.
import asyncio

in_flight = 0
peak = 0


async def call_recommendations(limit: asyncio.Semaphore, user_id: int) -> int:
    global in_flight, peak  # noqa: PLW0603 - a counter for the demonstration
    async with limit:
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.001)
        in_flight -= 1
    return user_id


async def main() -> None:
    recommendations = asyncio.Semaphore(5)  # at most 5 calls to that service at once
    async with asyncio.TaskGroup() as group:
        for user_id in range(50):
            group.create_task(call_recommendations(recommendations, user_id))


asyncio.run(main())
print("calls in flight at most:", peak)
#> calls in flight at most: 5
