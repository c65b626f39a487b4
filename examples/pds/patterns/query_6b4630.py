# Extracted from docs/pds/patterns.md:1185 by `handbook extract`.
# Edit the page, not this file.
import asyncio
import time


async def query(n: int) -> int:
    await asyncio.sleep(0.02)  # waiting for the database
    return n


async def main() -> list[int]:
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(query(n)) for n in range(100)]
    return [task.result() for task in tasks]


started = time.perf_counter()
results = asyncio.run(main())
print(len(results), time.perf_counter() - started < 0.5)
#> 100 True
