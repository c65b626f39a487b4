# Extracted from docs/ppp/code-smells.md:95 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass
from decimal import Decimal


@dataclass
class Customer:
    tier: str
    years_active: int
    blocked: bool


@dataclass
class Invoice:
    net: Decimal

    def discount_for(self, customer: Customer) -> Decimal:
        if customer.blocked:
            return Decimal(0)
        rate = Decimal("0.10") if customer.tier == "gold" else Decimal("0.02")
        if customer.years_active >= 5:
            rate += Decimal("0.03")
        return (self.net * rate).quantize(Decimal("0.01"))


print(Invoice(Decimal(200)).discount_for(Customer("gold", 6, blocked=False)))
#> 26.00
