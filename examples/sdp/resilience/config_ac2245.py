# Extracted from docs/sdp/resilience.md:629 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass
from datetime import timedelta


@dataclass
class Config:
    timeout: timedelta = timedelta(seconds=60)


class GuideLikeAdaptiveBreaker:
    def __init__(self, config: Config) -> None:
        self.config = config

    def on_failure(self) -> None:
        self.config.timeout *= 2  # the guide's line, run once per failure


shared = Config()
first = GuideLikeAdaptiveBreaker(shared)
for _ in range(5):  # five failures open a breaker with the default threshold
    first.on_failure()
second = GuideLikeAdaptiveBreaker(shared)
print(first.config.timeout, second.config.timeout)
#> 0:32:00 0:32:00
