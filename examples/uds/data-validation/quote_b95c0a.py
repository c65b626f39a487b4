# Extracted from docs/uds/data-validation.md:80 by `handbook extract`.
# Edit the page, not this file.
from decimal import Decimal

from pydantic import BaseModel, Field, ValidationError


class Quote(BaseModel):
    confidence: float = Field(ge=0.0, le=1.0)
    sku: str = Field(min_length=1, max_length=50)
    price: Decimal = Field(decimal_places=2, gt=0)


print(Quote(confidence=0.97, sku="MUG-01", price=Decimal("4.50")).price)
#> 4.50
try:
    Quote(confidence=1.2, sku="", price=Decimal("4.505"))
except ValidationError as error:
    print([problem["type"] for problem in error.errors()])
    #> ['less_than_equal', 'string_too_short', 'decimal_max_places']
