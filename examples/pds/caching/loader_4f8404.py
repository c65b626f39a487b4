# Extracted from docs/pds/caching.md:179 by `handbook extract`.
# Edit the page, not this file.
from cachetools import TTLCache


class Loader:
    def __call__(self, key: str) -> str:
        return key.upper()


class ManualClock:
    def __init__(self) -> None:
        self.seconds = 0.0

    def __call__(self) -> float:
        return self.seconds


class TwoLevel:
    def __init__(self, shared: dict[str, str], timer: ManualClock) -> None:
        self.local = TTLCache[str, str](maxsize=1_000, ttl=10, timer=timer)
        self.shared = shared  # stands in for Redis
        self.hits = {"L1": 0, "L2": 0, "source": 0}

    def get(self, key: str, load: Loader) -> str:
        if key in self.local:
            self.hits["L1"] += 1
            return self.local[key]
        if key in self.shared:
            self.hits["L2"] += 1
        else:
            self.hits["source"] += 1
            self.shared[key] = load(key)
        self.local[key] = self.shared[key]
        return self.local[key]


redis_stand_in: dict[str, str] = {}
clock = ManualClock()
instance_a, instance_b = (
    TwoLevel(redis_stand_in, clock),
    TwoLevel(redis_stand_in, clock),
)
for instance in (instance_a, instance_a, instance_b):
    instance.get("flags", Loader())
print(instance_a.hits, instance_b.hits)
#> {'L1': 1, 'L2': 0, 'source': 1} {'L1': 0, 'L2': 1, 'source': 0}
