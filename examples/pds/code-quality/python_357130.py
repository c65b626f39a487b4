# Extracted from docs/pds/code-quality.md:227 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: PERF401
# pyright: basic
amounts = [120, 45, 300, 80]
large: list[int] = []
for amount in amounts:
    if amount > 100:
        large.append(amount)
print(large)
#> [120, 300]
