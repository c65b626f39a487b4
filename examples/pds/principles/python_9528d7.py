# Extracted from docs/pds/principles.md:83 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: B905
# pyright: basic
names = ["ada", "grace", "linus"]
scores = [91, 88]

print(list(zip(names, scores)))
#> [('ada', 91), ('grace', 88)]
