# Extracted from docs/sdp/principles.md:1162 by `handbook extract`.
# Edit the page, not this file.
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict


class OrderPlacedV1(BaseModel):
    """What the shipping service reads from an OrderPlaced event."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    schema_version: Literal[1]
    order_id: str
    address: str
    total: Decimal


newer_producer = (
    '{"schema_version": 1, "order_id": "ord-1", "address": "1 Main St",'
    ' "total": "39.80", "gift_wrap": true}'
)
event = OrderPlacedV1.model_validate_json(newer_producer)
print(event.order_id, event.total)
#> ord-1 39.80
