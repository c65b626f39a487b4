# Extracted from docs/pds/patterns.md:927 by `handbook extract`.
# Edit the page, not this file.
from cachetools import LRUCache

recent_requests: LRUCache[int, str] = LRUCache(maxsize=1_000)
for request_id in range(5_000):
    recent_requests[request_id] = f"request-{request_id:08d}"
print(len(recent_requests))
#> 1000
