# Extracted from docs/ppp/type-safety.md:42 by `handbook extract`.
# Edit the page, not this file.
def parse_quantity(raw: str | int) -> int | None:
    value = int(raw)
    return value if value > 0 else None


print(parse_quantity("3"), parse_quantity(0))
#> 3 None
