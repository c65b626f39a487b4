# Extracted from docs/pds/type-checking.md:432 by `handbook extract`.
# Edit the page, not this file.
from typing import Protocol


class Closeable(Protocol):
    def close(self) -> None: ...


class DatabaseSession:
    def __init__(self) -> None:
        self.closed = False

    def close(self) -> None:
        self.closed = True


class TempFolder:
    def __init__(self) -> None:
        self.removed = False

    def close(self) -> None:
        self.removed = True


def close_all(resources: list[Closeable]) -> int:
    for resource in resources:
        resource.close()
    return len(resources)


print(close_all([DatabaseSession(), TempFolder()]))
#> 2
