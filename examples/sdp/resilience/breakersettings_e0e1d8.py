# Extracted from docs/sdp/resilience.md:678 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass


@dataclass(frozen=True)
class BreakerSettings:
    failure_threshold: int
    success_threshold: int
    open_seconds: float

    def __post_init__(self) -> None:
        if min(self.failure_threshold, self.success_threshold) < 1:
            raise ValueError("thresholds must be at least 1")
        if self.open_seconds <= 0:
            raise ValueError("the open period must be positive")


CONSERVATIVE = BreakerSettings(
    failure_threshold=10, success_threshold=5, open_seconds=120
)
AGGRESSIVE = BreakerSettings(failure_threshold=3, success_threshold=1, open_seconds=30)
DEFAULT = BreakerSettings(failure_threshold=5, success_threshold=2, open_seconds=60)

BREAKERS = {
    "recommendations": AGGRESSIVE,  # a cached fallback exists
    "payments": DEFAULT,
    "legacy-erp": CONSERVATIVE,  # slow and noisy, no fallback
}
print({name: s.failure_threshold for name, s in BREAKERS.items()})
#> {'recommendations': 3, 'payments': 5, 'legacy-erp': 10}
try:
    BreakerSettings(failure_threshold=0, success_threshold=2, open_seconds=60)
except ValueError as error:
    print(error)
    #> thresholds must be at least 1
