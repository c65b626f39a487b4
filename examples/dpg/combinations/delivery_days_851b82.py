# Extracted from docs/dpg/combinations.md:111 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: PLR0911
# pyright: basic
def delivery_days(region: str) -> int:
    if region == "city":
        return 1
    if region == "north":
        return 2
    if region == "south":
        return 2
    if region == "islands":
        return 4
    if region == "abroad":
        return 7
    if region == "remote":
        return 9
    return 3


print(delivery_days("islands"))
#> 4
