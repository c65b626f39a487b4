# Extracted from docs/pds/patterns.md:71 by `handbook extract`.
# Edit the page, not this file.
from decimal import Decimal, InvalidOperation


def parse_prices(raw_prices: list[str]) -> list[Decimal]:
    prices: list[Decimal] = []
    for position, raw in enumerate(raw_prices, start=1):
        try:
            prices.append(Decimal(raw))
        except InvalidOperation as error:
            raise ValueError(f"price {position} is not a number: {raw!r}") from error
    return prices


try:
    parse_prices(["4.50", "12,00", "3.20"])
except ValueError as error:
    print(error)
    #> price 2 is not a number: '12,00'
