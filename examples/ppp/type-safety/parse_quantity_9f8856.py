# Extracted from docs/ppp/type-safety.md:29 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: UP007, UP045
# pyright: basic
from typing import Optional, Union


def parse_quantity(raw: Union[str, int]) -> Optional[int]:
    value = int(raw)
    return value if value > 0 else None


print(parse_quantity("3"), parse_quantity(0))
#> 3 None
