# Extracted from docs/sdp/best-practices.md:332 by `handbook extract`.
# Edit the page, not this file.
import structlog

structlog.configure(
    processors=[
        structlog.processors.add_log_level,
        structlog.processors.JSONRenderer(sort_keys=True),
    ],
    logger_factory=structlog.ReturnLoggerFactory(),
)
log = structlog.get_logger()
print(log.warning("breaker_opened", dependency="payments"))
#> {"dependency": "payments", "event": "breaker_opened", "level": "warning"}
