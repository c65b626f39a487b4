# Extracted from docs/uds/data-validation.md:254 by `handbook extract`.
# Edit the page, not this file.
# pyright: reportDeprecated=false
import warnings

from pydantic import BaseModel, validator

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")

    class LegacyProduct(BaseModel):
        sku: str

        @validator("sku")
        def upper(cls, value: str) -> str:  # noqa: N805 - the Pydantic 1 shape
            return value.upper()

        class Config:
            validate_assignment = True


print(LegacyProduct(sku="mug-01").sku)
#> MUG-01
print(sorted({type(warning.message).__name__ for warning in caught}), len(caught))
#> ['PydanticDeprecatedSince20'] 2
