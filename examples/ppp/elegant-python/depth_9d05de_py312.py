# Extracted from docs/ppp/elegant-python.md:323 by `handbook extract`.
# Edit the page, not this file.
type Json = dict[str, Json] | list[Json] | str | int | float | bool | None


def depth(value: Json) -> int:
    if isinstance(value, dict):
        return 1 + max((depth(item) for item in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((depth(item) for item in value), default=0)
    return 0


print(depth({"order": {"lines": [{"sku": "MUG-01"}]}}))
#> 4
