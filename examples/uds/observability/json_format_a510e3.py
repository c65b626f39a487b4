# Extracted from docs/uds/observability.md:137 by `handbook extract`.
# Edit the page, not this file.
import json
from typing import TYPE_CHECKING

from loguru import logger

if TYPE_CHECKING:
    from loguru import Record


def json_format(record: "Record") -> str:
    return json.dumps({"level": record["level"].name, "message": record["message"]})


written: list[str] = []
logger.remove()
logger.add(written.append, format=json_format, catch=True)
logger.info("processing started")
print(written)
#> []
