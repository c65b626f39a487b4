# Extracted from docs/uds/data-validation.md:386 by `handbook extract`.
# Edit the page, not this file.
from pydantic import BaseModel, Field, ValidationError


class ClassifierScores(BaseModel):
    accuracy: float | None = Field(default=None, ge=0.0, le=1.0)
    precision: float | None = Field(default=None, ge=0.0, le=1.0)
    recall: float | None = Field(default=None, ge=0.0, le=1.0)
    f1_score: float | None = Field(default=None, ge=0.0, le=1.0)


class Float32:
    """Stands in for a NumPy scalar: it converts itself with __float__."""

    def __init__(self, value: float) -> None:
        self.value = value

    def __float__(self) -> float:
        return self.value


print(ClassifierScores.model_validate({"accuracy": Float32(0.91)}).accuracy)
#> 0.91
try:
    ClassifierScores(recall=91.0)
except ValidationError as error:
    print(error.errors()[0]["loc"], error.errors()[0]["type"])
    #> ('recall',) less_than_equal
