# Extracted from docs/pds/caching.md:325 by `handbook extract`.
# Edit the page, not this file.
from collections import defaultdict


class TaggedCache:
    def __init__(self) -> None:
        self.entries: dict[str, str] = {}
        self.tags: defaultdict[str, set[str]] = defaultdict(set)

    def set(self, key: str, value: str, *, tags: tuple[str, ...]) -> None:
        self.entries[key] = value
        for tag in tags:
            self.tags[tag].add(key)

    def invalidate_tag(self, tag: str) -> int:
        keys = self.tags.pop(tag, set())
        for key in keys:
            self.entries.pop(key, None)
        return len(keys)


cache = TaggedCache()
cache.set("v2:product:1", "pen", tags=("product:1", "category:office"))
cache.set("v2:product:2", "pad", tags=("product:2", "category:office"))
cache.set("v2:category:office:page:1", "[1, 2]", tags=("category:office",))
print(cache.invalidate_tag("category:office"), sorted(cache.entries))
#> 3 []
