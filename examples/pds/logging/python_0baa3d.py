# Extracted from docs/pds/logging.md:155 by `handbook extract`.
# Edit the page, not this file.
import io
import logging

import structlog

stream = io.StringIO()
structlog.configure(
    processors=[
        structlog.processors.add_log_level,
        structlog.processors.KeyValueRenderer(key_order=["level", "event"]),
    ],
    wrapper_class=structlog.make_filtering_bound_logger(logging.INFO),
    logger_factory=structlog.WriteLoggerFactory(stream),
)
log = structlog.get_logger()
log.debug("cache_lookup", key="cart:311")
log.info("order_placed", order_id=1042)
log.warning("payment_retry", attempt=2)
log.error("payment_failed", order_id=1042)
log.critical("database_unreachable")
print(stream.getvalue().strip())
#> level='info' event='order_placed' order_id=1042
#> level='warning' event='payment_retry' attempt=2
#> level='error' event='payment_failed' order_id=1042
#> level='critical' event='database_unreachable'
