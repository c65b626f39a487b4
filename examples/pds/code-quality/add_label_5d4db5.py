# Extracted from docs/pds/code-quality.md:133 by `handbook extract`.
# Edit the page, not this file.
def add_label(label: str, labels: list[str] | None = None) -> list[str]:
    result = [] if labels is None else list(labels)
    result.append(label)
    return result


print(add_label("urgent"))
#> ['urgent']
print(add_label("billing"))
#> ['billing']
