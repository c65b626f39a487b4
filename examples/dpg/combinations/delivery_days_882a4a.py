# Extracted from docs/dpg/combinations.md:134 by `handbook extract`.
# Edit the page, not this file.
DELIVERY_DAYS = {
    "city": 1,
    "north": 2,
    "south": 2,
    "islands": 4,
    "abroad": 7,
    "remote": 9,
}


def delivery_days(region: str) -> int:
    return DELIVERY_DAYS.get(region, 3)


print(delivery_days("islands"))
#> 4
