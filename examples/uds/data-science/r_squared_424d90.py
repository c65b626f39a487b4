# Extracted from docs/uds/data-science.md:296 by `handbook extract`.
# Edit the page, not this file.
from pydantic import BaseModel, Field


def r_squared(actual: list[float], predicted: list[float]) -> float:
    mean = sum(actual) / len(actual)
    residual = sum((a - p) ** 2 for a, p in zip(actual, predicted, strict=True))
    total = sum((a - mean) ** 2 for a in actual)
    return 1 - residual / total


class Fit(BaseModel):
    r2_score: float = Field(le=1.0)


score = r_squared([1.0, 2.0, 3.0, 4.0], [4.0, 3.0, 2.0, 1.0])
print(score, Fit(r2_score=score).r2_score)
#> -3.0 -3.0
