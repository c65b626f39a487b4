# Extracted from docs/uds/code-review.md:139 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol


class PriceRepository(Protocol):
    def price_of(self, sku: str) -> Decimal: ...


@dataclass
class InMemoryPrices:
    prices: dict[str, Decimal] = field(default_factory=dict[str, Decimal])

    def price_of(self, sku: str) -> Decimal:
        return self.prices[sku]


class QuoteService:
    def __init__(self, prices: PriceRepository) -> None:
        self.prices = prices  # passed in: a test hands over a stand-in

    def quote(self, sku: str, quantity: int) -> Decimal:
        return self.prices.price_of(sku) * quantity


service = QuoteService(InMemoryPrices({"PROD-001": Decimal("4.50")}))
print(service.quote("PROD-001", 3))
#> 13.50
