# Extracted from docs/uds/observability.md:226 by `handbook extract`.
# Edit the page, not this file.
import time
import tracemalloc
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

from loguru import logger

P = ParamSpec("P")
R = TypeVar("R")
Clock = Callable[[], float]


def monitor_performance(
    log_threshold_ms: float = 1000,
    memory_threshold_mb: float = 100,
    clock: Clock = time.perf_counter,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        @wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            tracemalloc.start()
            started = clock()
            try:
                result = func(*args, **kwargs)
            except Exception as error:
                failure = logger.bind(function=func.__name__, error=str(error))
                failure.error("call failed")
                raise
            finally:
                elapsed_ms = (clock() - started) * 1000
                used_mb = tracemalloc.get_traced_memory()[1] / 1024 / 1024
                tracemalloc.stop()
            fields = logger.bind(execution_time_ms=elapsed_ms, memory_used_mb=used_mb)
            if elapsed_ms > log_threshold_ms:
                fields.warning("slow execution: {}", func.__name__)
            if used_mb > memory_threshold_mb:
                fields.warning("high memory usage: {}", func.__name__)
            fields.debug("performance: {}", func.__name__)
            return result

        return wrapper

    return decorate


readings = iter([0.0, 0.2, 1.0, 1.9, 2.0, 2.01])


def clock() -> float:
    return next(readings)


@monitor_performance(log_threshold_ms=500, memory_threshold_mb=50, clock=clock)
def reprice(percent: int) -> int:
    if percent > 90:
        raise ValueError("discount above 90%")
    return 100 - percent


messages: list[str] = []
logger.remove()
logger.add(messages.append, level="DEBUG", format="{level} {message}")
print(reprice(10), reprice(20))
#> 90 80
try:
    reprice(95)
except ValueError as error:
    print("caller sees:", error)
    #> caller sees: discount above 90%
for message in messages:
    print(message.strip())
    #> DEBUG performance: reprice
    #> WARNING slow execution: reprice
    #> DEBUG performance: reprice
    #> ERROR call failed
