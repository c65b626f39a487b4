# Extracted from docs/uds/code-quality.md:290 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: B904
# pyright: basic
class ProcessingError(Exception):
    pass


def parse_quantity(raw: str) -> int:
    try:
        return int(raw)
    except ValueError as error:
        raise ProcessingError(f"bad quantity: {error}")


try:
    parse_quantity("seven")
except ProcessingError as error:
    print(error.__cause__, error.__suppress_context__)
    #> None False
