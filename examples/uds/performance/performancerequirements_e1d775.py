# Extracted from docs/uds/performance.md:146 by `handbook extract`.
# Edit the page, not this file.
from pydantic import BaseModel, Field


class PerformanceRequirements(BaseModel):
    min_throughput_items_per_minute: int = Field(gt=0)
    max_memory_usage_mb: float = Field(gt=0)
    max_processing_time_seconds: float = Field(gt=0)


class RunMetrics(BaseModel):
    processing_time_seconds: float = Field(ge=0)
    memory_usage_mb: float = Field(ge=0)
    items: int = Field(ge=0)

    @property
    def items_per_minute(self) -> float:
        return self.items / self.processing_time_seconds * 60


def breaches(limits: PerformanceRequirements, run: RunMetrics) -> list[str]:
    found: list[str] = []
    if run.processing_time_seconds > limits.max_processing_time_seconds:
        found.append(f"time {run.processing_time_seconds}s")
    if run.memory_usage_mb > limits.max_memory_usage_mb:
        found.append(f"memory {run.memory_usage_mb} MB")
    if run.items_per_minute < limits.min_throughput_items_per_minute:
        found.append(f"throughput {run.items_per_minute:.0f}/min")
    return found


limits = PerformanceRequirements(
    max_processing_time_seconds=120,
    max_memory_usage_mb=512,
    min_throughput_items_per_minute=10_000,
)
on_time = RunMetrics(processing_time_seconds=90, memory_usage_mb=300, items=30_000)
print(breaches(limits, on_time))
#> []
slow = RunMetrics(processing_time_seconds=150, memory_usage_mb=300, items=20_000)
print(breaches(limits, slow))
#> ['time 150.0s', 'throughput 8000/min']
