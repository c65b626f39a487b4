# Extracted from docs/pds/principles.md:36 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: SIM103
# pyright: basic
def can_vote(age: int) -> bool:
    if age >= 18:
        return True
    return False


print(can_vote(20))
#> True
