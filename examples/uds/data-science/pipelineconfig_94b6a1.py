# Extracted from docs/uds/data-science.md:34 by `handbook extract`.
# Edit the page, not this file.
from pathlib import Path
from typing import Self

from pydantic import BaseModel, Field, ValidationError, model_validator


class PipelineConfig(BaseModel):
    input_path: Path
    output_path: Path
    train_split: float = Field(default=0.8, ge=0.1, le=0.9)
    validation_split: float = Field(default=0.1, ge=0.05, le=0.5)
    test_split: float = Field(default=0.1, ge=0.05, le=0.5)
    random_seed: int = Field(default=42, ge=1)

    @model_validator(mode="after")
    def splits_add_up(self) -> Self:
        total = self.train_split + self.validation_split + self.test_split
        if abs(total - 1.0) > 0.001:
            raise ValueError(f"the splits add up to {total:.2f}, not 1")
        return self


config = PipelineConfig(input_path=Path("data/raw.parquet"), output_path=Path("out"))
print(config.train_split, config.validation_split, config.test_split)
#> 0.8 0.1 0.1
print(config.random_seed)
#> 42
try:
    PipelineConfig(input_path=Path("a"), output_path=Path("b"), train_split=0.7)
except ValidationError as error:
    print(error.errors()[0]["msg"])
    #> Value error, the splits add up to 0.90, not 1
