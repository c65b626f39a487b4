# Extracted from docs/pds/caching.md:292 by `handbook extract`.
# Edit the page, not this file.
from datetime import timedelta
from enum import Enum


class Ttl(Enum):
    SESSION = timedelta(days=1)
    CONFIGURATION = timedelta(minutes=10)
    CATALOGUE = timedelta(hours=6)
    SEARCH = timedelta(minutes=2)
    USER = timedelta(minutes=2)
    RATE_LIMIT = timedelta(minutes=1)


def redis_set_arguments(key: str, value: str, ttl: Ttl) -> tuple[str, str, str, int]:
    # what redis.set(key, value, ex=seconds) sends: SET key value EX seconds
    return ("SET", key, value, int(ttl.value.total_seconds()))


print(redis_set_arguments("v2:config:checkout", "{}", Ttl.CONFIGURATION))
#> ('SET', 'v2:config:checkout', '{}', 600)
