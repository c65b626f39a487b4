# Extracted from docs/uds/data-science.md:330 by `handbook extract`.
# Edit the page, not this file.
from typing import Literal, Self

from pydantic import BaseModel, ValidationError, model_validator

BOUNDS: dict[str, tuple[float, float]] = {
    "accuracy": (0.0, 1.0),
    "r2": (float("-inf"), 1.0),
    "neg_mean_squared_error": (float("-inf"), 0.0),
}


class CrossValidation(BaseModel):
    scoring: Literal["accuracy", "r2", "neg_mean_squared_error"]
    scores: list[float]

    @model_validator(mode="after")
    def scores_in_range(self) -> Self:
        low, high = BOUNDS[self.scoring]
        outside = [score for score in self.scores if not low <= score <= high]
        if outside:
            raise ValueError(f"{self.scoring} scores out of range: {outside}")
        return self


print(CrossValidation(scoring="neg_mean_squared_error", scores=[-2.1, -1.8]).scores)
#> [-2.1, -1.8]
try:
    CrossValidation(scoring="accuracy", scores=[0.8, 1.3])
except ValidationError as error:
    print(error.errors()[0]["msg"])
    #> Value error, accuracy scores out of range: [1.3]
