# Extracted from docs/uds/data-validation.md:294 by `handbook extract`.
# Edit the page, not this file.
from pydantic import BaseModel, ValidationError


class Listing(BaseModel):
    sku: str
    metadata: dict[str, str] | None = None


print(Listing(sku="MUG-01", metadata={"colour": "blue"}).metadata)
#> {'colour': 'blue'}
try:
    Listing.model_validate({"sku": "MUG-01", "metadata": ["blue"]})
except ValidationError as error:
    print(error.errors()[0]["type"])
    #> dict_type
