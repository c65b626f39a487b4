# Extracted from docs/uds/mlops.md:50 by `handbook extract`.
# Edit the page, not this file.
import hashlib
import json
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path


@dataclass(frozen=True)
class ThresholdModel:
    """A deliberately tiny model: flags an order as fraud above a score."""

    threshold: float

    def predict(self, scores: list[float]) -> list[bool]:
        return [score > self.threshold for score in scores]


class Tracker:
    """Runs and a model registry as JSON files under one folder."""

    def __init__(
        self, root: Path, experiment: str, clock: Callable[[], datetime]
    ) -> None:
        self.root = root / experiment
        self.experiment = experiment
        self.clock = clock

    def track_run(
        self,
        model: ThresholdModel,
        parameters: dict[str, object],
        metrics: dict[str, float],
        dataset: dict[str, object],
    ) -> str:
        run_id = uuid.uuid4().hex
        folder = self.root / "runs" / run_id
        folder.mkdir(parents=True)
        model_bytes = json.dumps(asdict(model), sort_keys=True).encode()
        (folder / "model.json").write_bytes(model_bytes)
        record = {
            "run_id": run_id,
            "started": self.clock().isoformat(),
            "parameters": parameters,
            "metrics": metrics,
            "dataset": dataset,
            "model_signature": hashlib.sha256(model_bytes).hexdigest()[:12],
        }
        (folder / "run.json").write_text(json.dumps(record, indent=2), encoding="utf-8")
        return run_id

    def register(self, run_id: str, stage: str = "candidate") -> int:
        registry = self.root / "registry.json"
        versions: list[dict[str, object]] = (
            json.loads(registry.read_text(encoding="utf-8"))
            if registry.exists()
            else []
        )
        versions.append(
            {"version": len(versions) + 1, "run_id": run_id, "stage": stage}
        )
        registry.write_text(json.dumps(versions, indent=2), encoding="utf-8")
        return len(versions)

    def load(self, version: int) -> ThresholdModel:
        versions = json.loads((self.root / "registry.json").read_text(encoding="utf-8"))
        run_id = versions[version - 1]["run_id"]
        stored = json.loads((self.root / "runs" / run_id / "model.json").read_text())
        return ThresholdModel(**stored)

    def promote(self, version: int, passes: Callable[[ThresholdModel], bool]) -> bool:
        if not passes(self.load(version)):
            return False
        registry = self.root / "registry.json"
        versions = json.loads(registry.read_text(encoding="utf-8"))
        versions[version - 1]["stage"] = "production"
        registry.write_text(json.dumps(versions, indent=2), encoding="utf-8")
        return True


with tempfile.TemporaryDirectory() as folder:
    tracker = Tracker(
        Path(folder), "fraud", clock=lambda: datetime(2026, 4, 1, 8, 0, tzinfo=UTC)
    )
    run_id = tracker.track_run(
        ThresholdModel(threshold=0.7),
        parameters={"threshold": 0.7},
        metrics={"precision": 0.91, "recall": 0.64},
        dataset={"rows": 12_000, "source": "orders-2026-03"},
    )
    version = tracker.register(run_id)
    record = json.loads((Path(folder) / "fraud/runs" / run_id / "run.json").read_text())
    print(version, record["metrics"], record["dataset"]["source"])
    #> 1 {'precision': 0.91, 'recall': 0.64} orders-2026-03
    print(tracker.load(version))
    #> ThresholdModel(threshold=0.7)
    print(tracker.promote(version, passes=lambda model: model.threshold < 0.5))
    #> False
    print(tracker.promote(version, passes=lambda model: model.threshold < 0.9))
    #> True
