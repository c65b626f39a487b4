# Extracted from docs/pds/ci-cd.md:159 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: F401
# pyright: reportUnusedImport=false
import os


def total(amounts: list[int]) -> int:
    return sum(amounts)


print(total([1, 2]))
#> 3
