# Extracted from docs/pds/patterns.md:101 by `handbook extract`.
# Edit the page, not this file.
import structlog
from structlog.testing import capture_logs

log = structlog.get_logger()


class PaymentDeclinedError(Exception):
    pass


def charge(order_id: int, amount_cents: int) -> None:
    raise PaymentDeclinedError("card declined")


def checkout(order_id: int, amount_cents: int) -> None:
    try:
        charge(order_id, amount_cents)
    except PaymentDeclinedError:
        log.warning("payment_declined", order_id=order_id, amount_cents=amount_cents)
        raise


with capture_logs() as logs:
    try:
        checkout(1042, 3990)
    except PaymentDeclinedError as error:
        print("the caller still gets:", error)
        #> the caller still gets: card declined
print(logs[0]["event"], logs[0]["order_id"], logs[0]["amount_cents"])
#> payment_declined 1042 3990
