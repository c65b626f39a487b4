# Extracted from docs/pds/security.md:280 by `handbook extract`.
# Edit the page, not this file.
import ast


def parse_quantities(text: str) -> list[int]:
    value = ast.literal_eval(text)
    if not isinstance(value, list) or not all(isinstance(v, int) for v in value):  # pyright: ignore[reportUnknownVariableType]
        raise ValueError("expected a list of integers")
    return list(value)  # pyright: ignore[reportUnknownArgumentType]


print(parse_quantities("[1, 2, 3]"))
#> [1, 2, 3]
try:
    parse_quantities("__import__('sys').platform")
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
