# Extracted from docs/ppp/elegant-python.md:358 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class SalesFigures:
    orders: int
    revenue: Decimal


def gather(amounts: list[Decimal]) -> SalesFigures:
    return SalesFigures(orders=len(amounts), revenue=sum(amounts, Decimal(0)))


def as_text(figures: SalesFigures) -> str:
    return f"{figures.orders} orders, {figures.revenue} EUR"


def deliver(text: str, send: Callable[[str], None]) -> None:
    send(f"Daily sales: {text}")


outbox: list[str] = []
deliver(as_text(gather([Decimal("19.90"), Decimal("5.10")])), outbox.append)
print(outbox)
#> ['Daily sales: 2 orders, 25.00 EUR']
