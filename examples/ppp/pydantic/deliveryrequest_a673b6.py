# Extracted from docs/ppp/pydantic.md:55 by `handbook extract`.
# Edit the page, not this file.
from datetime import date
from typing import Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)


class DeliveryRequest(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    sku: str = Field(min_length=1)
    quantity: int = Field(ge=1)
    ship_on: date
    deliver_by: date

    @field_validator("sku", mode="before")
    @classmethod
    def normalise_sku(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value

    @model_validator(mode="after")
    def deliver_after_shipping(self) -> Self:
        if self.deliver_by < self.ship_on:
            raise ValueError("deliver_by is before ship_on")
        return self


def book_delivery(request: DeliveryRequest) -> str:
    days = (request.deliver_by - request.ship_on).days
    method = "courier" if days <= 1 else "post"
    return f"{request.quantity} x {request.sku} by {method}"


payload = """
{"sku": " mug-01 ", "quantity": 2, "ship_on": "2025-05-05", "deliver_by": "2025-05-06"}
"""
print(book_delivery(DeliveryRequest.model_validate_json(payload)))
#> 2 x MUG-01 by courier

bad = {"sku": "  ", "quantity": 0, "ship_on": "2025-05-05", "deliver_by": "2025-05-01"}
try:
    DeliveryRequest.model_validate(bad)
except ValidationError as error:
    print([(problem["loc"], problem["type"]) for problem in error.errors()])
    #> [(('sku',), 'string_too_short'), (('quantity',), 'greater_than_equal')]
