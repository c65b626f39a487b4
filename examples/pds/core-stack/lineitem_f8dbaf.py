# Extracted from docs/pds/core-stack.md:406 by `handbook extract`.
# Edit the page, not this file.
from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator


class LineItem(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    sku: str = Field(pattern=r"^[A-Z]{3}-\d{2}$")
    quantity: int = Field(gt=0)
    unit_price: Decimal = Field(ge=0, decimal_places=2)


class Order(BaseModel):
    order_id: str
    placed_on: date
    items: list[LineItem]

    @field_validator("order_id")
    @classmethod
    def normalise_id(cls, value: str) -> str:
        return value.strip().upper()

    def total(self) -> Decimal:
        return sum((item.unit_price * item.quantity for item in self.items), Decimal(0))


payload = """
{"order_id": " a-1001 ", "placed_on": "2025-12-01",
 "items": [{"sku": "PEN-01", "quantity": "3", "unit_price": "1.20"}]}
"""
order = Order.model_validate_json(payload)
print(order.order_id, order.placed_on.isoformat(), order.total())
#> A-1001 2025-12-01 3.60
print(order.items[0].model_dump_json())
#> {"sku":"PEN-01","quantity":3,"unit_price":"1.20"}

bad = {
    "order_id": "B-7",
    "placed_on": "soon",
    "items": [{"sku": "pen", "quantity": 0, "unit_price": "1.5"}],
}
try:
    Order.model_validate(bad)
except ValidationError as error:
    for problem in error.errors():
        print(problem["loc"], problem["type"])
        #> ('placed_on',) date_from_datetime_parsing
        #> ('items', 0, 'sku') string_pattern_mismatch
        #> ('items', 0, 'quantity') greater_than
