# Extracted from docs/pds/type-checking.md:337 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: UP045
# pyright: basic
import typing


def find_sku(catalog: dict[str, str], name: str) -> typing.Optional[str]:
    return catalog.get(name)


print(find_sku({"mug": "SKU-1"}, "plate"))
#> None
