# Extracted from docs/ppp/architecture.md:430 by `handbook extract`.
# Edit the page, not this file.
import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

ParamsT = ParamSpec("ParamsT")
ResultT = TypeVar("ResultT")

audit_log: list[str] = []


def logged(func: Callable[ParamsT, ResultT]) -> Callable[ParamsT, ResultT]:
    @functools.wraps(func)
    def wrapper(*args: ParamsT.args, **kwargs: ParamsT.kwargs) -> ResultT:
        result = func(*args, **kwargs)
        audit_log.append(f"{func.__name__}{args} -> {result!r}")
        return result

    return wrapper


@logged
@functools.cache
def vat(net_cents: int, rate_percent: int) -> int:
    return net_cents * rate_percent // 100


print(vat(1000, 20), vat(1000, 20), vat(500, 20))
#> 200 200 100
print(audit_log)
#> ['vat(1000, 20) -> 200', 'vat(1000, 20) -> 200', 'vat(500, 20) -> 100']
