# Extracted from docs/ppp/elegant-python.md:907 by `handbook extract`.
# Edit the page, not this file.
from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints, ValidationError

SKU_PATTERN = r"^[A-Za-z]+-\d{2}$"
Sku = Annotated[
    str, StringConstraints(strip_whitespace=True, to_upper=True, pattern=SKU_PATTERN)
]
Quantity = Annotated[int, Field(ge=1, le=100)]


class OrderLine(BaseModel):
    sku: Sku
    quantity: Quantity


class StockMove(BaseModel):
    sku: Sku
    quantity: Quantity
    warehouse: str


print(OrderLine(sku=" mug-01 ", quantity=2))
#> sku='MUG-01' quantity=2
try:
    StockMove(sku="mug", quantity=0, warehouse="north")
except ValidationError as error:
    print([problem["type"] for problem in error.errors()])
    #> ['string_pattern_mismatch', 'greater_than_equal']
