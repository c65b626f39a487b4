# Extracted from docs/ppp/elegant-python.md:815 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Callable
from decimal import Decimal


def render_table(
    title: str, rows: list[tuple[str, Decimal]], cell: Callable[[Decimal], str]
) -> str:
    lines = [title, "-" * len(title)]
    lines += [f"{name:<8}{cell(value):>10}" for name, value in rows]
    return "\n".join(lines)


def euros(value: Decimal) -> str:
    return f"{value:.2f} EUR"


def percent(value: Decimal) -> str:
    return f"{value:.1%}"


print(render_table("Revenue", [("Mugs", Decimal("120.5"))], euros))
#> Revenue
#> -------
#> Mugs    120.50 EUR
print(render_table("Margin", [("Mugs", Decimal("0.42"))], percent))
#> Margin
#> ------
#> Mugs         42.0%
