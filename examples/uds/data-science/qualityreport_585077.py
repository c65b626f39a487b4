# Extracted from docs/uds/data-science.md:142 by `handbook extract`.
# Edit the page, not this file.
from typing import Self

import polars as pl
from pydantic import BaseModel, Field, ValidationError, model_validator


class QualityReport(BaseModel):
    dataset: str
    rows: int = Field(gt=0)
    columns: int = Field(gt=0)
    quality_score: float = Field(ge=0.0, le=1.0)
    missing_percent: float = Field(ge=0.0, le=100.0)
    duplicate_percent: float = Field(ge=0.0, le=100.0)

    @model_validator(mode="after")
    def score_reflects_defects(self) -> Self:
        ceiling = 1.0 - (self.missing_percent + self.duplicate_percent) / 200
        if self.quality_score > ceiling + 0.1:
            raise ValueError(f"score {self.quality_score} is above {ceiling:.2f}")
        return self


def measure(name: str, frame: pl.DataFrame, score: float) -> QualityReport:
    cells = frame.height * frame.width
    missing = sum(frame.null_count().row(0)) / cells * 100
    duplicates = int(frame.is_duplicated().sum()) / frame.height * 100
    return QualityReport(
        dataset=name,
        rows=frame.height,
        columns=frame.width,
        missing_percent=round(missing, 1),
        duplicate_percent=round(duplicates, 1),
        quality_score=score,
    )


orders = pl.DataFrame(
    {
        "order": [1, 2, 2, 3, 4, 5],
        "total": [9.5, None, None, 12.0, None, 7.25],
    }
)
report = measure("orders", orders, score=0.6)
print(report.missing_percent, report.duplicate_percent)
#> 25.0 33.3
try:
    measure("orders", orders, score=0.99)
except ValidationError as error:
    print(error.errors()[0]["msg"])
    #> Value error, score 0.99 is above 0.71
