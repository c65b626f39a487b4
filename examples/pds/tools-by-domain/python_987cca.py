# Extracted from docs/pds/tools-by-domain.md:610 by `handbook extract`.
# Edit the page, not this file.
import io
import json

import structlog

stream = io.StringIO()  # a service calls WriteLoggerFactory() and gets stdout
structlog.configure(
    processors=[
        structlog.processors.add_log_level,
        structlog.contextvars.merge_contextvars,
        structlog.processors.TimeStamper(utc=True, fmt="iso"),
        structlog.processors.JSONRenderer(),
    ],
    logger_factory=structlog.WriteLoggerFactory(stream),
)

log = structlog.get_logger()
structlog.contextvars.bind_contextvars(request_id="req-7f3a")
log.info("payment_captured", order_id=1042, amount_cents=1999)

record = json.loads(stream.getvalue())
print(sorted(record))
#> ['amount_cents', 'event', 'level', 'order_id', 'request_id', 'timestamp']
print(record["event"], record["level"], record["request_id"])
#> payment_captured info req-7f3a

structlog.contextvars.clear_contextvars()
structlog.reset_defaults()  # undo the global configuration of this example
