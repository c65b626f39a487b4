# Extracted from docs/pds/messaging.md:197 by `handbook extract`.
# Edit the page, not this file.
from datetime import UTC, datetime
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError


class OrderPlacedV1(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    schema_version: Literal[1]
    order_id: int
    amount: Decimal
    placed_at: datetime


event = OrderPlacedV1(
    schema_version=1,
    order_id=7,
    amount=Decimal("19.99"),
    placed_at=datetime(2026, 1, 5, 9, 30, tzinfo=UTC),
)
data = event.model_dump_json().encode()
print(data.decode())
#> {"schema_version":1,"order_id":7,"amount":"19.99","placed_at":"2026-01-05T09:30:00Z"}
newer = b'{"schema_version":1,"order_id":7,"amount":"19.99",'
newer += b'"placed_at":"2026-01-05T09:30:00Z","channel":"app"}'
print(OrderPlacedV1.model_validate_json(newer) == event)
#> True
try:
    OrderPlacedV1.model_validate_json(b'{"schema_version":2,"order_id":7}')
except ValidationError as error:
    print(sorted(str(e["loc"][0]) for e in error.errors()))
    #> ['amount', 'placed_at', 'schema_version']
