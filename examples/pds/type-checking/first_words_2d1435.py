# Extracted from docs/pds/type-checking.md:305 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: UP006
# pyright: basic
import typing


def first_words(lines: typing.List[str]) -> typing.List[str]:
    return [line.split()[0] for line in lines]


print(first_words(["alpha one", "beta two"]))
#> ['alpha', 'beta']
