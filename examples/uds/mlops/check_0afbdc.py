# Extracted from docs/uds/mlops.md:178 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass
from datetime import UTC, datetime
from statistics import fmean, pstdev


@dataclass(frozen=True)
class Check:
    value: float
    threshold: float
    passed: bool


@dataclass(frozen=True)
class ValidationResult:
    model_id: str
    passed: bool
    checks: dict[str, Check]
    validated_at: datetime


def drift_score(training: list[float], current: list[float]) -> float:
    return abs(fmean(current) - fmean(training)) / pstdev(training)


def validate(
    model_id: str,
    metrics: dict[str, float],
    thresholds: dict[str, float],
    training: list[float],
    current: list[float],
) -> ValidationResult:
    checks = {
        name: Check(metrics.get(name, 0.0), minimum, metrics.get(name, 0.0) >= minimum)
        for name, minimum in thresholds.items()
    }
    drift = drift_score(training, current)
    checks["data_drift"] = Check(round(drift, 3), 0.1, drift < 0.1)
    return ValidationResult(
        model_id=model_id,
        passed=all(check.passed for check in checks.values()),
        checks=checks,
        validated_at=datetime.now(UTC),
    )


training = [12.0, 15.0, 11.0, 14.0, 13.0, 16.0]
result = validate(
    "fraud/1",
    metrics={"precision": 0.91, "recall": 0.64},
    thresholds={"precision": 0.9, "recall": 0.6},
    training=training,
    current=[13.0, 14.0, 12.0, 15.0, 14.0, 13.5],
)
print(result.passed, result.checks["data_drift"])
#> True Check(value=0.049, threshold=0.1, passed=True)
shifted = validate(
    "fraud/1",
    metrics={"precision": 0.91, "recall": 0.64},
    thresholds={"precision": 0.9, "recall": 0.6},
    training=training,
    current=[value + 1.0 for value in training],  # every order a little larger
)
print(shifted.passed, shifted.checks["data_drift"])
#> False Check(value=0.586, threshold=0.1, passed=False)
