# Extracted from docs/pds/security.md:266 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: S307
# pyright: basic
def total(expression: str) -> object:
    return eval(expression)


print(total("19 + 23"))
#> 42
print(total("__import__('sys').platform"))
#> linux
