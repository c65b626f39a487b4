# Extracted from docs/ppp/type-safety.md:332 by `handbook extract`.
# Edit the page, not this file.
def to_hex(colour: tuple[int, int, int]) -> str:
    red, green, blue = colour
    return f"#{red:02x}{green:02x}{blue:02x}"


def joined(tags: tuple[str, ...]) -> str:
    return ", ".join(tags)


print(to_hex((255, 128, 0)))
#> #ff8000
print(joined(("new", "sale", "last items")), joined(()))
#> new, sale, last items
