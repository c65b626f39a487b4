# Extracted from docs/pds/tools-by-domain.md:511 by `handbook extract`.
# Edit the page, not this file.
from cachetools import TTLCache, cached


class ManualClock:
    def __init__(self) -> None:
        self.seconds = 0.0

    def __call__(self) -> float:
        return self.seconds


clock = ManualClock()
lookups: list[str] = []


@cached(cache=TTLCache[str, float](maxsize=256, ttl=60, timer=clock))
def exchange_rate(currency: str) -> float:
    lookups.append(currency)  # stands in for a slow call to a rates service
    return {"EUR": 1.08, "GBP": 1.27}[currency]


print(exchange_rate("EUR"), exchange_rate("EUR"), lookups)
#> 1.08 1.08 ['EUR']
clock.seconds = 61  # past the 60-second TTL: the entry is gone
print(exchange_rate("EUR"), lookups)
#> 1.08 ['EUR', 'EUR']
