# Extracted from docs/uds/data-science.md:258 by `handbook extract`.
# Edit the page, not this file.
import math
from typing import Self

from pydantic import BaseModel, Field, ValidationError, model_validator


class RegressionScores(BaseModel):
    mse: float | None = Field(default=None, ge=0.0)
    rmse: float | None = Field(default=None, ge=0.0)
    mae: float | None = Field(default=None, ge=0.0)

    @model_validator(mode="after")
    def rmse_is_root_of_mse(self) -> Self:
        if self.mse is None or self.rmse is None:
            return self
        if not math.isclose(self.rmse, math.sqrt(self.mse), abs_tol=0.001):
            raise ValueError(f"rmse {self.rmse} is not the root of mse {self.mse}")
        return self


print(RegressionScores(mse=4.0, rmse=2.0, mae=1.6).rmse)
#> 2.0
try:
    RegressionScores(mse=4.0, rmse=4.0)
except ValidationError as error:
    print(error.errors()[0]["msg"])
    #> Value error, rmse 4.0 is not the root of mse 4.0
