# Extracted from docs/pds/logging.md:333 by `handbook extract`.
# Edit the page, not this file.
import io
import json

import structlog
from structlog.typing import EventDict, WrappedLogger

PROJECT = "shop-prod"


def cloud_logging_fields(
    _logger: WrappedLogger, _method: str, event_dict: EventDict
) -> EventDict:
    event_dict["severity"] = event_dict.pop("level").upper()
    event_dict["message"] = event_dict.pop("event")
    trace_id = event_dict.pop("trace_id", None)
    if trace_id is not None:
        trace = f"projects/{PROJECT}/traces/{trace_id}"
        event_dict["logging.googleapis.com/trace"] = trace
        event_dict["logging.googleapis.com/spanId"] = event_dict.pop("span_id")
    return event_dict


stream = io.StringIO()
structlog.configure(
    processors=[
        structlog.processors.add_log_level,
        structlog.contextvars.merge_contextvars,
        structlog.processors.TimeStamper(utc=True, fmt="iso"),
        cloud_logging_fields,
        structlog.processors.JSONRenderer(),
    ],
    logger_factory=structlog.WriteLoggerFactory(stream),
)
structlog.contextvars.bind_contextvars(
    trace_id="4bf92f3577b34da6a3ce929d0e0e4736", span_id="00f067aa0ba902b7"
)
structlog.get_logger().warning("payment_retry", attempt=2)
record = json.loads(stream.getvalue())
print(*record, sep="\n")
#> attempt
#> timestamp
#> severity
#> message
#> logging.googleapis.com/trace
#> logging.googleapis.com/spanId
print(record["severity"], record["message"], record["timestamp"])
#> WARNING payment_retry 2026-01-05T09:30:00Z
print(record["logging.googleapis.com/trace"])
#> projects/shop-prod/traces/4bf92f3577b34da6a3ce929d0e0e4736
