# Extracted from docs/uds/mlops.md:285 by `handbook extract`.
# Edit the page, not this file.
import hashlib
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, Field


class ExperimentStatus(StrEnum):
    DRAFT = "draft"
    RUNNING = "running"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class Experiment(BaseModel):
    experiment_id: str
    status: ExperimentStatus
    name: str
    description: str
    control_model_version: str
    treatment_model_version: str
    traffic_split: Annotated[float, Field(ge=0, le=1)]  # share sent to the treatment
    success_metrics: list[str]
    minimum_sample_size: Annotated[int, Field(gt=0)]
    start_date: datetime
    end_date: datetime | None = None


class ExperimentResult(BaseModel):
    experiment_id: str
    user_id: str
    model_version: str
    metrics: dict[str, float]
    recorded_at: datetime


def bucket(experiment_id: str, user_id: str) -> float:
    """A number in [0, 1) that is the same for this pair on every machine."""
    digest = hashlib.sha256(f"{experiment_id}:{user_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def model_version_for(experiment: Experiment, user_id: str) -> str:
    running = experiment.status is ExperimentStatus.RUNNING
    if running and bucket(experiment.experiment_id, user_id) < experiment.traffic_split:
        return experiment.treatment_model_version
    return experiment.control_model_version


experiment = Experiment(
    experiment_id="fraud-2026-04",
    name="Lower threshold",
    description="Does a threshold of 0.6 catch more fraud without more refunds?",
    status=ExperimentStatus.RUNNING,
    traffic_split=0.2,
    control_model_version="7",
    treatment_model_version="8",
    success_metrics=["fraud_caught", "false_positive_rate"],
    minimum_sample_size=5_000,
    start_date=datetime(2026, 4, 1, tzinfo=UTC),
)
users = [f"user-{n}" for n in range(1_000)]
served = [model_version_for(experiment, user) for user in users]
print(served.count("8"), served == [model_version_for(experiment, u) for u in users])
#> 197 True
result = ExperimentResult(
    experiment_id=experiment.experiment_id,
    user_id="user-1",
    model_version=served[1],
    metrics={"fraud_caught": 1.0},
    recorded_at=datetime(2026, 4, 2, 10, 0, tzinfo=UTC),
)
print(result.model_dump_json(include={"model_version", "recorded_at"}))
#> {"model_version":"7","recorded_at":"2026-04-02T10:00:00Z"}
paused = experiment.model_copy(update={"status": ExperimentStatus.COMPLETED})
print({model_version_for(paused, user) for user in users})
#> {'7'}
