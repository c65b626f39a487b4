# Extracted from docs/pds/caching.md:248 by `handbook extract`.
# Edit the page, not this file.
import hashlib
import json

SCHEMA_VERSION = "v2"


def key(*parts: str | int) -> str:
    return ":".join([SCHEMA_VERSION, *map(str, parts)])


def query_key(namespace: str, params: dict[str, object]) -> str:
    canonical = json.dumps(params, sort_keys=True, separators=(",", ":"))
    return key(namespace, hashlib.sha256(canonical.encode()).hexdigest()[:16])


print(key("users", 123, "profile"))
#> v2:users:123:profile
first = query_key("search", {"q": "pen", "page": 2, "tags": ["red"]})
second = query_key("search", {"tags": ["red"], "page": 2, "q": "pen"})
print(first == second, first)
#> True v2:search:89dc132d0964de55
