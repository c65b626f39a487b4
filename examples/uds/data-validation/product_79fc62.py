# Extracted from docs/uds/data-validation.md:110 by `handbook extract`.
# Edit the page, not this file.
from pydantic import BaseModel, ValidationError, field_validator


class Product(BaseModel):
    sku: str

    @field_validator("sku")
    @classmethod
    def letters_digits_dashes(cls, value: str) -> str:
        if not value.replace("-", "").replace("_", "").isalnum():
            raise ValueError("use only letters, digits, '-' and '_'")
        return value.upper()


print(Product(sku="mug_01-blue").sku)
#> MUG_01-BLUE
try:
    Product(sku="mug/01")
except ValidationError as error:
    print(error.errors()[0]["msg"])
    #> Value error, use only letters, digits, '-' and '_'
