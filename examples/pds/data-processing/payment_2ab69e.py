# Extracted from docs/pds/data-processing.md:305 by `handbook extract`.
# Edit the page, not this file.
import json
from datetime import UTC, datetime
from decimal import Decimal

from pydantic import BaseModel


class Payment(BaseModel):
    amount: Decimal
    at: datetime


payment = Payment(amount=Decimal("19.99"), at=datetime(2026, 1, 5, 9, 30, tzinfo=UTC))
wire = payment.model_dump_json()
print(wire)
#> {"amount":"19.99","at":"2026-01-05T09:30:00Z"}
print(Payment.model_validate_json(wire) == payment)
#> True
try:
    json.dumps({"amount": payment.amount})
except TypeError as error:
    print(error)
    #> Object of type Decimal is not JSON serializable
