# Extracted from docs/ppp/elegant-python.md:455 by `handbook extract`.
# Edit the page, not this file.
from typing import Literal, Protocol

from pydantic import BaseModel


class Cache(Protocol):
    def get(self, key: str) -> str | None: ...
    def put(self, key: str, value: str) -> None: ...


class MemoryCache:
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
        return None


class CacheSettings(BaseModel):
    backend: Literal["memory", "off"] = "memory"


def build_cache(settings: CacheSettings) -> Cache:
    match settings.backend:
        case "memory":
            return MemoryCache()
        case "off":
            return NullCache()


for backend in ("memory", "off"):
    cache = build_cache(CacheSettings(backend=backend))
    cache.put("greeting", "hello")
    print(backend, cache.get("greeting"))
    #> memory hello
    #> off None
