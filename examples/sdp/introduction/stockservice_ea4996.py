# Extracted from docs/sdp/introduction.md:197 by `handbook extract`.
# Edit the page, not this file.
import asyncio
from typing import Protocol


class StockService(Protocol):
    async def units_in_stock(self, sku: str) -> int: ...


class HangingStockService:
    """A peer that accepted the connection and never answers."""

    def __init__(self) -> None:
        self._never = asyncio.Event()

    async def units_in_stock(self, sku: str) -> int:
        await self._never.wait()
        return 0


async def stock_label(service: StockService, sku: str, deadline_s: float) -> str:
    try:
        async with asyncio.timeout(deadline_s):
            units = await service.units_in_stock(sku)
    except TimeoutError:
        return f"{sku}: availability unknown, try again"
    return f"{sku}: {units} in stock"


async def main() -> None:
    loop = asyncio.get_running_loop()
    started = loop.time()
    print(await stock_label(HangingStockService(), "SKU-1", deadline_s=0.005))
    #> SKU-1: availability unknown, try again
    print("gave up within 1 s:", loop.time() - started < 1)
    #> gave up within 1 s: True


asyncio.run(main())
