# Extracted from docs/uds/data-science.md:207 by `handbook extract`.
# Edit the page, not this file.
from typing import Literal

from pydantic import BaseModel, Field, ValidationError


class TrainingRun(BaseModel):
    model_name: str
    model_type: Literal["classification", "regression", "clustering"]
    training_samples: int = Field(gt=0)
    training_time_seconds: float = Field(gt=0)
    accuracy: float | None = Field(default=None, ge=0.0, le=1.0)
    f1_score: float | None = Field(default=None, ge=0.0, le=1.0)
    cross_validation_scores: list[float] | None = None


run = TrainingRun(
    model_name="churn-gbm",
    model_type="classification",
    training_samples=48_000,
    training_time_seconds=312.5,
    accuracy=0.91,
    f1_score=0.74,
)
print(run.model_type, run.accuracy)
#> classification 0.91
try:
    TrainingRun.model_validate(
        {
            "model_name": "churn-gbm",
            "model_type": "ranking",
            "training_samples": 0,
            "training_time_seconds": 1.0,
        }
    )
except ValidationError as error:
    print([problem["loc"][0] for problem in error.errors()])
    #> ['model_type', 'training_samples']
