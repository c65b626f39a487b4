# Extracted from docs/ppp/type-safety.md:130 by `handbook extract`.
# Edit the page, not this file.
# pyright: reportAssignmentType=false
from collections.abc import Sequence


def first_or(items: Sequence[object], fallback: object) -> object:
    return items[0] if items else fallback


label: str = first_or(["mug", "plate"], "none")
print(label.upper())
#> MUG
