# Extracted from docs/pds/caching.md:48 by `handbook extract`.
# Edit the page, not this file.
from decimal import Decimal

from cachetools import TTLCache


class ManualClock:
    def __init__(self) -> None:
        self.seconds = 0.0

    def __call__(self) -> float:
        return self.seconds


class PriceService:
    def __init__(self, database: dict[str, Decimal], clock: ManualClock) -> None:
        self.database = database
        self.cache = TTLCache[str, Decimal](maxsize=10_000, ttl=300, timer=clock)
        self.loads = 0

    def price(self, sku: str) -> Decimal:
        cached = self.cache.get(sku)
        if cached is not None:
            return cached
        self.loads += 1
        value = self.database[sku]  # stands in for the query
        self.cache[sku] = value
        return value

    def set_price(self, sku: str, value: Decimal) -> None:
        self.database[sku] = value
        self.cache.pop(sku, None)  # the next read loads the new value


clock = ManualClock()
service = PriceService({"PEN-01": Decimal("1.20")}, clock)
print(service.price("PEN-01"), service.price("PEN-01"), service.loads)
#> 1.20 1.20 1
service.set_price("PEN-01", Decimal("1.35"))
print(service.price("PEN-01"), service.loads)
#> 1.35 2
clock.seconds += 301
print(service.price("PEN-01"), service.loads)
#> 1.35 3
