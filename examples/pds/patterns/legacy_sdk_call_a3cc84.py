# Extracted from docs/pds/patterns.md:657 by `handbook extract`.
# Edit the page, not this file.
import asyncio
import time


def legacy_sdk_call() -> str:
    time.sleep(0.05)  # a synchronous library we cannot change
    return "ok"


async def handler() -> str:
    return await asyncio.to_thread(legacy_sdk_call)


async def main() -> float:
    started = time.perf_counter()
    await asyncio.gather(handler(), handler())
    return time.perf_counter() - started


print(asyncio.run(main()) < 0.1)
#> True
