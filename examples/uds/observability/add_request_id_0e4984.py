# Extracted from docs/uds/observability.md:34 by `handbook extract`.
# Edit the page, not this file.
import asyncio
from contextvars import ContextVar
from typing import TYPE_CHECKING

from loguru import logger

if TYPE_CHECKING:
    from loguru import Record

request_id: ContextVar[str] = ContextVar("request_id", default="-")


def add_request_id(record: "Record") -> None:
    record["extra"]["request_id"] = request_id.get()


lines: list[str] = []
logger.remove()
logger.configure(patcher=add_request_id)
logger.add(lines.append, format="{extra[request_id]} {message}")


async def handle(rid: str, sku: str) -> None:
    request_id.set(rid)
    logger.info("reserving {}", sku)
    await asyncio.sleep(0)
    logger.info("reserved {}", sku)


async def main() -> None:
    await asyncio.gather(handle("req-1", "MUG-01"), handle("req-2", "CAP-02"))


asyncio.run(main())
for line in lines:
    print(line.strip())
    #> req-1 reserving MUG-01
    #> req-2 reserving CAP-02
    #> req-1 reserved MUG-01
    #> req-2 reserved CAP-02
