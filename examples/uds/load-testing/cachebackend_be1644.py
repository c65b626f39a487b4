# Extracted from docs/uds/load-testing.md:314 by `handbook extract`.
# Edit the page, not this file.
import asyncio
import hashlib
import json
from collections.abc import Callable, Coroutine
from functools import wraps
from typing import Any, ParamSpec, Protocol, TypeVar, cast


class CacheBackend(Protocol):
    async def get(self, key: str) -> str | None: ...
    async def setex(self, key: str, ttl_s: int, value: str) -> None: ...
    async def delete(self, key: str) -> None: ...


class MemoryBackend:
    """Stands in for Redis: same three calls, entries expire by an injected clock."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.entries: dict[str, tuple[float, str]] = {}

    async def get(self, key: str) -> str | None:
        expires, value = self.entries.get(key, (0.0, None))
        return value if value is not None and self.clock() < expires else None

    async def setex(self, key: str, ttl_s: int, value: str) -> None:
        self.entries[key] = (self.clock() + ttl_s, value)

    async def delete(self, key: str) -> None:
        self.entries.pop(key, None)


MISS = object()
"""Returned by `CacheManager.get` for a miss, so that a cached 0, "" or [] is a hit."""


class CacheManager:
    def __init__(self, backend: CacheBackend, default_ttl_s: int = 3600) -> None:
        self.backend = backend
        self.default_ttl_s = default_ttl_s

    async def get(self, key: str) -> object:
        try:
            raw = await self.backend.get(key)
        except OSError:
            return MISS  # the cache is an optimisation: its failure is a miss
        if raw is None:
            return MISS
        try:
            return json.loads(raw)
        except json.JSONDecodeError:
            await self.backend.delete(key)  # drop the corrupted entry
            return MISS

    async def set(self, key: str, value: object, ttl_s: int | None = None) -> bool:
        try:
            await self.backend.setex(
                key, ttl_s or self.default_ttl_s, json.dumps(value)
            )
        except OSError:
            return False
        return True


def cache_key(
    prefix: str, name: str, args: tuple[object, ...], kwargs: dict[str, object]
) -> str:
    """The same arguments give the same key in every process and on every machine."""
    payload = json.dumps([args, kwargs], sort_keys=True, default=str)
    return f"{prefix}:{name}:{hashlib.sha256(payload.encode()).hexdigest()[:16]}"


P = ParamSpec("P")
R = TypeVar("R")


def cached(
    manager: CacheManager, ttl_s: int, key_prefix: str
) -> Callable[
    [Callable[P, Coroutine[Any, Any, R]]], Callable[P, Coroutine[Any, Any, R]]
]:
    def decorator(
        func: Callable[P, Coroutine[Any, Any, R]],
    ) -> Callable[P, Coroutine[Any, Any, R]]:
        @wraps(func)
        async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            key = cache_key(key_prefix, func.__name__, args, dict(kwargs))
            hit = await manager.get(key)
            if hit is not MISS:
                return cast("R", hit)
            result = await func(*args, **kwargs)
            await manager.set(key, result, ttl_s)
            return result

        return wrapper

    return decorator


class ManualClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


clock = ManualClock()
backend = MemoryBackend(clock)
manager = CacheManager(backend)
computed: list[str] = []


@cached(manager, ttl_s=1800, key_prefix="stock")
async def stock_level(sku: str) -> int:
    computed.append(sku)
    return 0  # sold out: a falsy result, and still worth caching


async def main() -> None:
    print(await stock_level("PROD-001"), await stock_level("PROD-001"), len(computed))
    #> 0 0 1
    clock.now = 1801.0  # past the time to live
    await stock_level("PROD-001")
    print(len(computed))
    #> 2
    key = cache_key("stock", "stock_level", ("PROD-001",), {})
    backend.entries[key] = (clock.now + 60, "{not json")
    print(await manager.get(key) is MISS, key in backend.entries)
    #> True False
    print(key)
    #> stock:stock_level:4750b47670051c73


asyncio.run(main())
