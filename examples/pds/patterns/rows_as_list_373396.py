# Extracted from docs/pds/patterns.md:770 by `handbook extract`.
# Edit the page, not this file.
import tracemalloc
from collections.abc import Callable, Iterator
from itertools import islice


def rows_as_list(count: int) -> list[str]:
    return [f"order-{n},{n % 97}.50" for n in range(count)]


def rows_streamed(count: int) -> Iterator[str]:
    for n in range(count):
        yield f"order-{n},{n % 97}.50"


def batches(rows: Iterator[str], size: int) -> Iterator[list[str]]:
    while batch := list(islice(rows, size)):
        yield batch


def peak_kib(action: Callable[[], object]) -> int:
    tracemalloc.start()
    action()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak // 1024


listed = peak_kib(lambda: sum(len(row) for row in rows_as_list(200_000)))
streamed = peak_kib(lambda: sum(len(row) for row in rows_streamed(200_000)))
print(listed > 10_000, streamed < 100)
#> True True
print(sum(1 for _ in batches(rows_streamed(2_500), size=1_000)))
#> 3
