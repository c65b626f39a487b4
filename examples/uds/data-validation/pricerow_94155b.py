# Extracted from docs/uds/data-validation.md:33 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass
from decimal import Decimal

from pydantic import BaseModel, ValidationError


@dataclass
class PriceRow:
    sku: str
    price: Decimal


class PriceLine(BaseModel):
    sku: str
    price: Decimal


row = PriceRow(sku="MUG-01", price="n/a")  # pyright: ignore[reportArgumentType]
print(type(row.price).__name__)
#> str
try:
    PriceLine.model_validate({"sku": "MUG-01", "price": "n/a"})
except ValidationError as error:
    print(error.errors()[0]["loc"], error.errors()[0]["type"])
    #> ('price',) decimal_parsing
