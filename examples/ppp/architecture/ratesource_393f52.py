# Extracted from docs/ppp/architecture.md:614 by `handbook extract`.
# Edit the page, not this file.
from typing import Protocol


class RateSource(Protocol):
    def rate(self, currency: str) -> float: ...


class RemoteRates:
    def __init__(self) -> None:
        self.calls = 0

    def rate(self, currency: str) -> float:
        self.calls += 1
        return {"EUR": 1.0, "USD": 1.08}[currency]


class CachedRates:
    def __init__(self, source: RateSource) -> None:
        self._source = source
        self._cache: dict[str, float] = {}

    def rate(self, currency: str) -> float:
        if currency not in self._cache:
            self._cache[currency] = self._source.rate(currency)
        return self._cache[currency]


remote = RemoteRates()
rates: RateSource = CachedRates(remote)
print([rates.rate("USD") for _ in range(3)], remote.calls)
#> [1.08, 1.08, 1.08] 1
