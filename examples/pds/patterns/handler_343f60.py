# Extracted from docs/pds/patterns.md:626 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: ASYNC251
# pyright: basic
import asyncio
import time


async def handler() -> None:
    time.sleep(0.05)  # blocks the whole loop


async def main() -> float:
    started = time.perf_counter()
    await asyncio.gather(handler(), handler())
    return time.perf_counter() - started


print(asyncio.run(main()) >= 0.1)
#> True
