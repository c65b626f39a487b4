# Extracted from docs/uds/architecture.md:126 by `handbook extract`.
# Edit the page, not this file.
from pydantic import BaseModel, ConfigDict, ValidationError


class ProductChanges(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str | None = None
    price_cents: int | None = None


print(ProductChanges(price_cents=399).model_dump(exclude_unset=True))
#> {'price_cents': 399}
try:
    ProductChanges.model_validate({"prce_cents": 399})
except ValidationError as error:
    print(error.errors()[0]["type"], error.errors()[0]["loc"])
    #> extra_forbidden ('prce_cents',)
