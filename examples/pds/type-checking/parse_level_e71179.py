# Extracted from docs/pds/type-checking.md:532 by `handbook extract`.
# Edit the page, not this file.
from typing import Literal, get_args

Level = Literal["debug", "info", "warning", "error"]


def parse_level(raw: str) -> Level:
    for level in get_args(Level):
        if raw.lower() == level:
            return level
    message = f"unknown level {raw!r}"
    raise ValueError(message)


print(parse_level("WARNING"))
#> warning
print(get_args(Level))
#> ('debug', 'info', 'warning', 'error')
