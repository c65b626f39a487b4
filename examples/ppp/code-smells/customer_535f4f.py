# Extracted from docs/ppp/code-smells.md:124 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass
from decimal import Decimal


@dataclass
class Customer:
    tier: str
    years_active: int
    blocked: bool

    def discount_rate(self) -> Decimal:
        if self.blocked:
            return Decimal(0)
        rate = Decimal("0.10") if self.tier == "gold" else Decimal("0.02")
        return rate + (Decimal("0.03") if self.years_active >= 5 else 0)


@dataclass
class Invoice:
    net: Decimal

    def discount_for(self, customer: Customer) -> Decimal:
        return (self.net * customer.discount_rate()).quantize(Decimal("0.01"))


print(Invoice(Decimal(200)).discount_for(Customer("gold", 6, blocked=False)))
#> 26.00
