# Extracted from docs/dpg/solid.md:554 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Callable
from typing import Protocol


class Cache(Protocol):
    def get(self, key: str) -> str | None: ...

    def put(self, key: str, value: str) -> None: ...


class DictCache:
    def __init__(self) -> None:
        self._items: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self._items.get(key)

    def put(self, key: str, value: str) -> None:
        self._items[key] = value


class NullCache:
    def get(self, key: str) -> str | None:
        return None

    def put(self, key: str, value: str) -> None:
        pass


CACHES: dict[str, Callable[[], Cache]] = {"memory": DictCache, "off": NullCache}


def make_cache(kind: str) -> Cache:
    try:
        return CACHES[kind]()
    except KeyError:
        msg = f"unknown cache {kind!r}; choose one of {sorted(CACHES)}"
        raise ValueError(msg) from None


cache = make_cache("memory")
cache.put("greeting", "hello")
print(cache.get("greeting"), make_cache("off").get("greeting"))
#> hello None
try:
    make_cache("redis")
except ValueError as error:
    print(error)
    #> unknown cache 'redis'; choose one of ['memory', 'off']
