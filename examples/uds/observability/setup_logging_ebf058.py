# Extracted from docs/uds/observability.md:91 by `handbook extract`.
# Edit the page, not this file.
import io
import json
import sys
from typing import TextIO

from loguru import logger


def setup_logging(
    environment: str, level: str = "INFO", stream: TextIO | None = None
) -> None:
    logger.remove()
    if environment == "development":
        logger.add(
            stream or sys.stderr,
            level=level,
            colorize=True,
            format="<green>{time:HH:mm:ss}</green> {level: <8} "
            "<cyan>{name}</cyan>.<cyan>{function}</cyan> <level>{message}</level>",
        )
    else:
        logger.add(stream or sys.stdout, level=level, serialize=True)


captured = io.StringIO()
setup_logging("production", stream=captured)
logger.bind(request_id="req-1", user_id="12345").info("processing started")
record = json.loads(captured.getvalue().splitlines()[0])["record"]
print(record["level"]["name"], record["message"], record["extra"])
#> INFO processing started {'request_id': 'req-1', 'user_id': '12345'}
print(sorted(key for key in record if key in {"function", "line", "name", "time"}))
#> ['function', 'line', 'name', 'time']
