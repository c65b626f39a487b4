# Extracted from docs/pds/patterns.md:553 by `handbook extract`.
# Edit the page, not this file.
import asyncio
import contextlib

import structlog
from structlog.testing import capture_logs

log = structlog.get_logger()


async def with_timeout(operation: str, target: str, seconds: float) -> None:
    try:
        async with asyncio.timeout(seconds):
            await asyncio.sleep(1)
    except TimeoutError:
        log.warning("timeout", operation=operation, target=target, limit_s=seconds)
        raise


with capture_logs() as logs, contextlib.suppress(TimeoutError):
    asyncio.run(with_timeout("get_stock", "stock-service", 0.01))
print(logs[0]["event"], logs[0]["target"], logs[0]["limit_s"])
#> timeout stock-service 0.01
