# Extracted from docs/pds/security.md:406 by `handbook extract`.
# Edit the page, not this file.
from decimal import Decimal

from pydantic import BaseModel


class CartLine(BaseModel):
    sku: str
    quantity: int
    unit_price: Decimal


class Cart(BaseModel):
    lines: list[CartLine]


cart = Cart.model_validate_json(
    '{"lines": [{"sku": "TEA-01", "quantity": 2, "unit_price": "4.50"}]}'
)
print(cart.lines[0].unit_price * cart.lines[0].quantity)
#> 9.00
