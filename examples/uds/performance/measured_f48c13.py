# Extracted from docs/uds/performance.md:29 by `handbook extract`.
# Edit the page, not this file.
import time
import tracemalloc
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

from loguru import logger

P = ParamSpec("P")
R = TypeVar("R")


def measured(
    clock: Callable[[], float] = time.perf_counter,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        @wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            tracemalloc.start()
            started = clock()
            try:
                return func(*args, **kwargs)
            finally:
                elapsed_ms = (clock() - started) * 1000
                _, peak = tracemalloc.get_traced_memory()
                tracemalloc.stop()
                logger.bind(
                    function=func.__name__,
                    execution_time_ms=round(elapsed_ms, 1),
                    peak_memory_mb=round(peak / 1024 / 1024, 1),
                ).info("performance")

        return wrapper

    return decorate


ticks = iter([10.0, 10.25])


@measured(clock=lambda: next(ticks))
def build_index(size: int) -> dict[int, str]:
    return {n: f"sku-{n}" for n in range(size)}


fields: list[dict[str, float | str]] = []
logger.remove()
logger.add(lambda message: fields.append(dict(message.record["extra"])))
print(len(build_index(200_000)))
#> 200000
(record,) = fields
peak_mb = float(record["peak_memory_mb"])
print(record["function"], record["execution_time_ms"], peak_mb > 10)
#> build_index 250.0 True
