# Extracted from docs/pds/logging.md:52 by `handbook extract`.
# Edit the page, not this file.
import io
import json
import logging
import sys
from typing import TextIO

import structlog
from structlog.typing import Processor


def configure_logging(*, json_output: bool, stream: TextIO = sys.stdout) -> None:
    shared: list[Processor] = [
        structlog.processors.add_log_level,
        structlog.contextvars.merge_contextvars,
        structlog.processors.TimeStamper(utc=True, fmt="iso"),
    ]
    renderer: Processor
    if json_output:
        shared += [structlog.processors.dict_tracebacks]
        renderer = structlog.processors.JSONRenderer(sort_keys=True)
    else:
        renderer = structlog.dev.ConsoleRenderer(colors=stream.isatty())
    structlog.configure(
        processors=[*shared, renderer],
        wrapper_class=structlog.make_filtering_bound_logger(logging.INFO),
        logger_factory=structlog.WriteLoggerFactory(stream),
        cache_logger_on_first_use=True,
    )


production = io.StringIO()
configure_logging(json_output=True, stream=production)
log = structlog.get_logger()
structlog.contextvars.bind_contextvars(request_id="req-7f3a", user_id=311)
log.info("order_placed", order_id=1042, total="39.90")
log.debug("cache_lookup", key="cart:311")  # below INFO: dropped

lines = production.getvalue().splitlines()
print(len(lines), lines[0][:42])
#> 1 {"event": "order_placed", "level": "info",
print(json.dumps(json.loads(lines[0]), indent=2))
#> {
#>   "event": "order_placed",
#>   "level": "info",
#>   "order_id": 1042,
#>   "request_id": "req-7f3a",
#>   "timestamp": "2026-01-05T09:30:00Z",
#>   "total": "39.90",
#>   "user_id": 311
#> }
