# Extracted from docs/pds/type-checking.md:378 by `handbook extract`.
# Edit the page, not this file.
type Headers = dict[str, list[str]]
type Pair[T] = tuple[T, T]


def merge(base: Headers, extra: Headers) -> Headers:
    merged = {name: list(values) for name, values in base.items()}
    for name, values in extra.items():
        merged.setdefault(name, []).extend(values)
    return merged


def swap[T](pair: Pair[T]) -> Pair[T]:
    return pair[1], pair[0]


print(merge({"accept": ["json"]}, {"accept": ["xml"], "x-id": ["7"]}))
#> {'accept': ['json', 'xml'], 'x-id': ['7']}
print(swap((1, 2)))
#> (2, 1)
