# Extracted from docs/pds/logging.md:108 by `handbook extract`.
# Edit the page, not this file.
import io

import structlog

development = io.StringIO()
structlog.configure(
    processors=[
        structlog.processors.add_log_level,
        structlog.contextvars.merge_contextvars,
        structlog.processors.TimeStamper(utc=True, fmt="iso"),
        structlog.dev.ConsoleRenderer(colors=False),
    ],
    logger_factory=structlog.WriteLoggerFactory(development),
)
structlog.get_logger().info("order_placed", order_id=1042)
print(development.getvalue().strip())
#> 2026-01-05T09:30:00Z [info     ] order_placed                   order_id=1042
