# Extracted from docs/uds/rejection-criteria.md:165 by `handbook extract`.
# Edit the page, not this file.
from decimal import Decimal, InvalidOperation


def parse_amounts(raw: list[str]) -> tuple[list[Decimal], list[str]]:
    parsed: list[Decimal] = []
    rejected: list[str] = []
    for value in raw:
        try:
            parsed.append(Decimal(value))
        except InvalidOperation:
            rejected.append(value)
    return parsed, rejected


amounts, rejected = parse_amounts(["4.50", "12", "n/a", "7.25", ""])
print(f"{len(amounts)} parsed, {len(rejected)} rejected: {rejected}")
#> 3 parsed, 2 rejected: ['n/a', '']
