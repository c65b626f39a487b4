# Extracted from docs/pds/type-checking.md:317 by `handbook extract`.
# Edit the page, not this file.
def first_words(lines: list[str]) -> list[str]:
    return [line.split()[0] for line in lines]


print(first_words(["alpha one", "beta two"]))
#> ['alpha', 'beta']
