# Extracted from docs/sdp/resilience.md:1315 by `handbook extract`.
# Edit the page, not this file.
import asyncio
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager


class BulkheadFullError(Exception):
    pass


class Bulkhead:
    def __init__(self, name: str, limit: int) -> None:
        self.name = name
        self._slots = asyncio.Semaphore(limit)

    @asynccontextmanager
    async def slot(self) -> AsyncGenerator[None, None]:
        if self._slots.locked():
            raise BulkheadFullError(f"{self.name}: all slots busy")
        async with self._slots:
            yield


async def main() -> list[str]:
    reports = Bulkhead("reports", limit=3)
    release = asyncio.Event()

    async def slow_report(number: int) -> str:
        try:
            async with reports.slot():
                await release.wait()
                return f"report {number}"
        except BulkheadFullError as error:
            return str(error)

    calls = [asyncio.create_task(slow_report(n)) for n in range(1, 5)]
    await asyncio.sleep(0)
    release.set()
    return await asyncio.gather(*calls)


for outcome in asyncio.run(main()):
    print(outcome)
    #> report 1
    #> report 2
    #> report 3
    #> reports: all slots busy
