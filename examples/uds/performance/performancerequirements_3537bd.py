# Extracted from docs/uds/performance.md:109 by `handbook extract`.
# Edit the page, not this file.
from pydantic import BaseModel, Field, ValidationError


class PerformanceRequirements(BaseModel):
    min_throughput_items_per_minute: int = Field(gt=0)
    max_memory_usage_mb: float = Field(gt=0)
    max_processing_time_seconds: float = Field(gt=0)


nightly_import = PerformanceRequirements(
    max_processing_time_seconds=120,
    max_memory_usage_mb=512,
    min_throughput_items_per_minute=10_000,
)
print(nightly_import.max_memory_usage_mb)
#> 512.0
try:
    PerformanceRequirements(
        max_processing_time_seconds=0,
        max_memory_usage_mb=512,
        min_throughput_items_per_minute=10_000,
    )
except ValidationError as error:
    print(error.errors()[0]["loc"], error.errors()[0]["type"])
    #> ('max_processing_time_seconds',) greater_than
