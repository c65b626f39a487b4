# Extracted from docs/pds/patterns.md:401 by `handbook extract`.
# Edit the page, not this file.
import asyncio

import httpx

client = httpx.Client(timeout=httpx.Timeout(10.0, connect=2.0))
print(client.timeout)
#> Timeout(connect=2.0, read=10.0, write=10.0, pool=10.0)


async def slow_dependency() -> str:
    await asyncio.sleep(1)
    return "too late"


async def main() -> None:
    try:
        async with asyncio.timeout(0.01):
            await slow_dependency()
    except TimeoutError:
        print("gave up after 10 ms")
        #> gave up after 10 ms


asyncio.run(main())
