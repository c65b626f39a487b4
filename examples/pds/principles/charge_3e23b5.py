# Extracted from docs/pds/principles.md:236 by `handbook extract`.
# Edit the page, not this file.
import structlog
from structlog.testing import capture_logs

log = structlog.get_logger()


def charge(order_id: str, amount_cents: int) -> None:
    log.info("payment.charged", order_id=order_id, amount_cents=amount_cents)


with capture_logs() as events:
    charge("A-17", 1250)
for key, value in events[0].items():
    print(f"{key}={value!r}")
    #> order_id='A-17'
    #> amount_cents=1250
    #> event='payment.charged'
    #> log_level='info'
