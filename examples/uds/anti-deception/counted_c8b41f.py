# Extracted from docs/uds/anti-deception.md:320 by `handbook extract`.
# Edit the page, not this file.
import platform
import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Counted:
    value: int
    tally: list[int]

    def __lt__(self, other: "Counted") -> bool:
        self.tally[0] += 1
        return self.value < other.value


def sort_benchmark(seed: int, size: int) -> dict[str, object]:
    tally = [0]
    values = random.Random(seed).sample(range(size * 10), size)  # noqa: S311 - test data
    ordered = sorted(Counted(value, tally) for value in values)
    return {
        "comparisons": tally[0],
        "sorted": [item.value for item in ordered] == sorted(values),
        "python": platform.python_version(),
    }


first = sort_benchmark(seed=7, size=5_000)
again = sort_benchmark(seed=7, size=5_000)
print(first["comparisons"], first["sorted"], first == again)
#> 54947 True True
