# Extracted from docs/pds/caching.md:145 by `handbook extract`.
# Edit the page, not this file.
from cachetools import LFUCache, LRUCache

recent = LRUCache[str, int](maxsize=2)
popular = LFUCache[str, int](maxsize=2)
for cache in (recent, popular):
    cache["a"], cache["b"] = 1, 2
    for _ in range(3):
        cache.get("a")
    cache.get("b")
    cache["c"] = 3  # full: one entry must go
print(sorted(recent), sorted(popular))
#> ['b', 'c'] ['a', 'c']
