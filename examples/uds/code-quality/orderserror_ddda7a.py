# Extracted from docs/uds/code-quality.md:216 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

from loguru import logger


class OrdersError(Exception):
    """Base class of the package's errors."""


class InvalidInputError(OrdersError):
    """The input breaks the function's contract."""


class ProcessingError(OrdersError):
    """A step failed for another reason."""


P = ParamSpec("P")
R = TypeVar("R")


def logged_step(func: Callable[P, R]) -> Callable[P, R]:
    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        logger.info("starting {}", func.__name__)
        try:
            result = func(*args, **kwargs)
        except OrdersError:
            logger.error("{} refused its input", func.__name__)
            raise
        except Exception as error:
            logger.exception("{} failed", func.__name__)
            raise ProcessingError(f"{func.__name__} failed: {error}") from error
        logger.info("finished {}", func.__name__)
        return result

    return wrapper


@logged_step
def average(values: list[int]) -> float:
    return sum(values) / len(values)


messages: list[str] = []
logger.remove()
logger.add(messages.append, format="{level} {message}")
print(average([2, 4]))
#> 3.0
try:
    average([])
except ProcessingError as error:
    print(type(error.__cause__).__name__, "|", average.__name__)
    #> ZeroDivisionError | average
for line in messages:
    print(line.splitlines()[0])
    #> INFO starting average
    #> INFO finished average
    #> INFO starting average
    #> ERROR average failed
