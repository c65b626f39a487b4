# Extracted from docs/pds/type-checking.md:349 by `handbook extract`.
# Edit the page, not this file.
def find_sku(catalog: dict[str, str], name: str) -> str | None:
    return catalog.get(name)


print(find_sku({"mug": "SKU-1"}, "plate"))
#> None
