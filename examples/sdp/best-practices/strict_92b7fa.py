# Extracted from docs/sdp/best-practices.md:514 by `handbook extract`.
# Edit the page, not this file.
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BreakerSettings(Strict):
    failure_threshold: int = Field(ge=1)
    success_threshold: int = Field(ge=1)
    open_seconds: float = Field(gt=0)


class RetrySettings(Strict):
    max_attempts: int = Field(ge=1, le=10)
    initial_delay_seconds: float = Field(gt=0)
    max_delay_seconds: float = Field(gt=0)
    exponential_base: float = Field(ge=1)
    jitter: bool = True

    @model_validator(mode="after")
    def cap_above_start(self) -> "RetrySettings":
        if self.max_delay_seconds < self.initial_delay_seconds:
            raise ValueError("max_delay_seconds is below initial_delay_seconds")
        return self


class DeadLetterSettings(Strict):
    max_attempts: int = Field(ge=1)
    retention_days: int = Field(ge=1)


class Resilience(Strict):
    circuit_breakers: dict[str, BreakerSettings]
    retry: dict[str, RetrySettings]
    dlq: DeadLetterSettings


TEXT = """
resilience:
  circuit_breakers:
    payment_api: {failure_threshold: 5, success_threshold: 2, open_seconds: 60}
  retry:
    default: {max_attempts: 3, initial_delay_seconds: 1.0, max_delay_seconds: 60.0,
              exponential_base: 2.0, jitter: true}
  dlq: {max_attempts: 3, retention_days: 14}
"""

settings = Resilience.model_validate(yaml.safe_load(TEXT)["resilience"])
print(settings.circuit_breakers["payment_api"].open_seconds)
#> 60.0

typo = TEXT.replace("failure_threshold", "failure_treshold")
try:
    Resilience.model_validate(yaml.safe_load(typo)["resilience"])
except ValidationError as error:
    for problem in error.errors():
        print(problem["loc"][-1], "-", problem["msg"])
        #> failure_threshold - Field required
        #> failure_treshold - Extra inputs are not permitted
