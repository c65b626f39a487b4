# Extracted from docs/pds/type-checking.md:515 by `handbook extract`.
# Edit the page, not this file.
# pyright: reportArgumentType=false
from typing import Literal

Level = Literal["debug", "info", "warning", "error"]


def set_level(level: Level) -> str:
    return f"level={level}"


print(set_level("verbose"))
#> level=verbose
