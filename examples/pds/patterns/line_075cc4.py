# Extracted from docs/pds/patterns.md:946 by `handbook extract`.
# Edit the page, not this file.
import tracemalloc
from dataclasses import dataclass
from decimal import Decimal


@dataclass
class Line:
    sku: str
    price: Decimal


@dataclass(slots=True)
class SlimLine:
    sku: str
    price: Decimal


def peak_kib(cls: type[Line] | type[SlimLine]) -> int:
    price = Decimal("4.50")
    tracemalloc.start()
    lines = [cls("TEA-01", price) for _ in range(50_000)]
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del lines
    return peak // 1024


print(peak_kib(SlimLine) < peak_kib(Line) * 0.7)
#> True
print(hasattr(SlimLine("TEA-01", Decimal("4.50")), "__dict__"))
#> False
