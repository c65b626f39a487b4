# Extracted from docs/pds/documentation.md:119 by `handbook extract`.
# Edit the page, not this file.
"""Orders as the checkout creates them."""

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class Order:
    """An order a customer has placed but not yet paid.

    Attributes:
        number: The order number printed on the invoice.
        lines: The price of each line, in euros.
    """

    number: str
    lines: list[Decimal] = field(default_factory=list[Decimal])

    def total(self) -> Decimal:
        """Return the sum of the order's lines, in euros."""
        return sum(self.lines, Decimal(0))


print(Order("ORD-0042", [Decimal("4.50"), Decimal("12.00")]).total())
#> 16.50
