# Extracted from docs/pds/caching.md:373 by `handbook extract`.
# Edit the page, not this file.
import logging
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger("cache")


@dataclass
class Stats:
    hits: int = 0
    misses: int = 0
    errors: int = 0


class FlakyRedis:
    def __init__(self) -> None:
        self.data: dict[str, str] = {}
        self.down = False

    def get(self, key: str) -> str | None:
        if self.down:
            raise ConnectionError("redis:6379 connection refused")
        return self.data.get(key)

    def set(self, key: str, value: str) -> None:
        if self.down:
            raise ConnectionError("redis:6379 connection refused")
        self.data[key] = value


def cached_get(
    cache: FlakyRedis, stats: Stats, key: str, load: Callable[[], str]
) -> str:
    try:
        value = cache.get(key)
    except ConnectionError:
        stats.errors += 1
        log.warning("cache unavailable, loading %s from the source", key)
        return load()
    if value is not None:
        stats.hits += 1
        return value
    stats.misses += 1
    value = load()
    try:
        cache.set(key, value)
    except ConnectionError:
        stats.errors += 1
    return value


redis, stats = FlakyRedis(), Stats()
for _ in range(3):
    cached_get(redis, stats, "v2:menu", lambda: "soup, bread")
redis.down = True
print(cached_get(redis, stats, "v2:menu", lambda: "soup, bread"))
#> soup, bread
print(stats.hits, stats.misses, stats.errors)
#> 2 1 1
