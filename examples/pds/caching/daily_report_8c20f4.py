# Extracted from docs/pds/caching.md:490 by `handbook extract`.
# Edit the page, not this file.
import random
import threading

from cachetools import TTLCache, cached

builds: list[str] = []
release = threading.Event()
condition = threading.Condition()


@cached(TTLCache[str, str](maxsize=100, ttl=60), lock=condition, condition=condition)
def daily_report(day: str) -> str:
    builds.append(day)
    release.wait(timeout=1)  # the expensive query, held open until every thread asked
    return f"report for {day}"


threads = [
    threading.Thread(target=daily_report, args=("2026-01-05",)) for _ in range(20)
]
for thread in threads:
    thread.start()
release.set()
for thread in threads:
    thread.join()
print(len(builds))
#> 1


def jittered(ttl_seconds: int, spread: float = 0.1) -> int:
    return round(ttl_seconds * random.uniform(1 - spread, 1 + spread))  # noqa: S311


ttls = [jittered(3600) for _ in range(1_000)]
print(min(ttls) >= 3240, max(ttls) <= 3960, len(set(ttls)) > 500)
#> True True True
