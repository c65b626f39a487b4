# Extracted from docs/uds/data-validation.md:329 by `handbook extract`.
# Edit the page, not this file.
from typing import Self

import polars as pl
from pydantic import BaseModel, ValidationError, model_validator


class DatasetSummary(BaseModel):
    name: str
    shape: tuple[int, int]
    columns: list[str]
    dtypes: dict[str, str]
    missing_values: dict[str, int]
    target_column: str | None = None

    @model_validator(mode="after")
    def consistent(self) -> Self:
        rows, width = self.shape
        if rows <= 0 or width <= 0:
            raise ValueError("the dataset has no rows or no columns")
        if any(count < 0 for count in self.missing_values.values()):
            raise ValueError("a missing-value count is negative")
        if self.target_column is not None and self.target_column not in self.columns:
            raise ValueError(f"target {self.target_column!r} is not a column")
        return self


def summarise(name: str, frame: pl.DataFrame, target: str | None) -> DatasetSummary:
    return DatasetSummary(
        name=name,
        shape=frame.shape,
        columns=frame.columns,
        dtypes={column: str(dtype) for column, dtype in frame.schema.items()},
        missing_values=frame.null_count().row(0, named=True),
        target_column=target,
    )


frame = pl.DataFrame({"spend": [10.5, None, 3.0], "churned": [0, 1, 0]})
print(summarise("subscriptions", frame, "churned").missing_values)
#> {'spend': 1, 'churned': 0}
try:
    summarise("subscriptions", frame, "lapsed")
except ValidationError as error:
    print(error.errors()[0]["msg"])
    #> Value error, target 'lapsed' is not a column
