# Extracted from docs/pds/background-tasks.md:170 by `handbook extract`.
# Edit the page, not this file.
import asyncio


async def export(rows: int, stalled: bool) -> int:
    if stalled:
        await asyncio.Event().wait()  # a partner that never answers
    return rows


async def run_with_limit(rows: int, *, stalled: bool) -> str:
    try:
        async with asyncio.timeout(0.01):
            return f"exported {await export(rows, stalled)}"
    except TimeoutError:
        return "timed out, will retry"


print(asyncio.run(run_with_limit(500, stalled=False)))
#> exported 500
print(asyncio.run(run_with_limit(500, stalled=True)))
#> timed out, will retry
