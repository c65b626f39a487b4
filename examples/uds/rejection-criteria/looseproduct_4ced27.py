# Extracted from docs/uds/rejection-criteria.md:39 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass
from decimal import Decimal

from pydantic import BaseModel, ValidationError


@dataclass
class LooseProduct:
    sku: str
    price: Decimal


class Product(BaseModel):
    sku: str
    price: Decimal


row = {"sku": "PROD-001", "price": "abc"}
print(LooseProduct(**row))  # pyright: ignore[reportArgumentType]
#> LooseProduct(sku='PROD-001', price='abc')
try:
    Product.model_validate(row)
except ValidationError as error:
    print(error.errors()[0]["loc"], error.errors()[0]["type"])
    #> ('price',) decimal_parsing
