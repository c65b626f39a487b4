# Extracted from docs/ppp/elegant-python.md:518 by `handbook extract`.
# Edit the page, not this file.
import functools
from collections.abc import Callable
from typing import ParamSpec, Protocol, TypeVar

ParamsT = ParamSpec("ParamsT")
ResultT = TypeVar("ResultT")


class Catalogue(Protocol):
    def title(self, sku: str) -> str: ...


class FileCatalogue:
    loads = 0

    def __init__(self) -> None:
        FileCatalogue.loads += 1
        self._titles = {"MUG-01": "Mug", "PLATE-02": "Plate"}

    def title(self, sku: str) -> str:
        return self._titles.get(sku, "unknown")


class LazyCatalogue:
    def __init__(self, load: Callable[[], Catalogue]) -> None:
        self._load = load
        self._real: Catalogue | None = None

    def title(self, sku: str) -> str:
        if self._real is None:
            self._real = self._load()
        return self._real.title(sku)


calls: list[str] = []


def counted(func: Callable[ParamsT, ResultT]) -> Callable[ParamsT, ResultT]:
    @functools.wraps(func)
    def wrapper(*args: ParamsT.args, **kwargs: ParamsT.kwargs) -> ResultT:
        calls.append(func.__name__)
        return func(*args, **kwargs)

    return wrapper


def upper(func: Callable[ParamsT, str]) -> Callable[ParamsT, str]:
    @functools.wraps(func)
    def wrapper(*args: ParamsT.args, **kwargs: ParamsT.kwargs) -> str:
        return func(*args, **kwargs).upper()

    return wrapper


catalogue: Catalogue = LazyCatalogue(FileCatalogue)
print(FileCatalogue.loads, catalogue.title("MUG-01"), FileCatalogue.loads)
#> 0 Mug 1


@counted
@upper
def label(sku: str) -> str:
    return catalogue.title(sku)


print(label("PLATE-02"), calls)
#> PLATE ['label']
