# Extracted from docs/pds/type-checking.md:404 by `handbook extract`.
# Edit the page, not this file.
from typing import TypeAlias

Headers: TypeAlias = dict[str, list[str]]


def merge(base: Headers, extra: Headers) -> Headers:
    merged = {name: list(values) for name, values in base.items()}
    for name, values in extra.items():
        merged.setdefault(name, []).extend(values)
    return merged


print(merge({"accept": ["json"]}, {"accept": ["xml"], "x-id": ["7"]}))
#> {'accept': ['json', 'xml'], 'x-id': ['7']}
