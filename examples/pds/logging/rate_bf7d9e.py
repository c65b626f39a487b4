# Extracted from docs/pds/logging.md:271 by `handbook extract`.
# Edit the page, not this file.
import io
import json

import structlog

stream = io.StringIO()
structlog.configure(
    processors=[
        structlog.processors.add_log_level,
        structlog.processors.dict_tracebacks,
        structlog.processors.JSONRenderer(),
    ],
    logger_factory=structlog.WriteLoggerFactory(stream),
)
log = structlog.get_logger()

RATES = {"EUR": 1.0}


def rate(currency: str) -> float:
    return RATES[currency]


def share(total: int, people: int) -> float:
    return total / people


log.info("order_refunded", entity="order", action="refund", order_id=1042)
try:
    rate("CHF")
except KeyError as error:
    log.warning("rate_missing_using_default", error=repr(error), currency="CHF")
try:
    share(100, 0)
except ZeroDivisionError:
    log.exception("invoice_split_failed", invoice_id=77)

records = [json.loads(line) for line in stream.getvalue().splitlines()]
for record in records:
    print(record["level"], record["event"])
    #> info order_refunded
    #> warning rate_missing_using_default
    #> error invoice_split_failed
frame = records[2]["exception"][0]
print(frame["exc_type"], frame["frames"][-1]["lineno"] > 0)
#> ZeroDivisionError True
