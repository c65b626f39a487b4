# Extracted from docs/ppp/type-safety.md:319 by `handbook extract`.
# Edit the page, not this file.
# pyright: reportArgumentType=false
def to_hex(colour: tuple[int, int, int]) -> str:
    red, green, blue = colour
    return f"#{red:02x}{green:02x}{blue:02x}"


try:
    print(to_hex((255, 128)))
except ValueError as error:
    print(error)
    #> not enough values to unpack (expected 3, got 2)
