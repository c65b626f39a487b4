# Extracted from docs/sdp/resilience.md:1252 by `handbook extract`.
# Edit the page, not this file.
import asyncio
import time

import httpx


async def hangs() -> str:
    await asyncio.Event().wait()  # a dependency that never answers
    return "never"


async def main() -> list[str]:
    seen: list[str] = []
    started = time.monotonic()
    try:
        async with asyncio.timeout(0.005):
            await hangs()
    except TimeoutError:
        seen.append(f"timeout: gave up within 0.5s: {time.monotonic() - started < 0.5}")
    try:
        await asyncio.wait_for(hangs(), timeout=0.005)
    except TimeoutError:
        seen.append("wait_for: gave up too")
    return seen


for line in asyncio.run(main()):
    print(line)
    #> timeout: gave up within 0.5s: True
    #> wait_for: gave up too
print(httpx.AsyncClient().timeout)
#> Timeout(timeout=5.0)
print(httpx.AsyncClient(timeout=httpx.Timeout(10.0, connect=2.0)).timeout)
#> Timeout(connect=2.0, read=10.0, write=10.0, pool=10.0)
