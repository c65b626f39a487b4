# Extracted from docs/pds/code-quality.md:119 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: B006
# pyright: basic
def add_label(label: str, labels: list[str] = []) -> list[str]:
    labels.append(label)
    return labels


print(add_label("urgent"))
#> ['urgent']
print(add_label("billing"))
#> ['urgent', 'billing']
