# Extracted from docs/dpg/creational.md:422 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: ANN401
# pyright: basic
import threading
from typing import Any, ClassVar


class SingletonMeta(type):
    _instances: ClassVar[dict[type, object]] = {}
    _lock = threading.Lock()

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        with SingletonMeta._lock:
            if cls not in SingletonMeta._instances:
                SingletonMeta._instances[cls] = super().__call__(*args, **kwargs)
        return SingletonMeta._instances[cls]


class ConnectionPool(metaclass=SingletonMeta):
    def __init__(self, size: int) -> None:
        self.size = size


small = ConnectionPool(size=5)
large = ConnectionPool(size=50)
print(small is large, large.size)
#> True 5
