# Extracted from docs/dpg/selection.md:56 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass, field


@dataclass
class RateTable:
    rates: dict[str, float] = field(default_factory=dict)

    def convert(self, amount: float, currency: str) -> float:
        return round(amount * self.rates[currency], 2)


# The one instance the application uses; tests build their own RateTable.
rate_table = RateTable({"EUR": 0.92, "GBP": 0.79})

print(rate_table.convert(100.0, "EUR"))
#> 92.0
print(RateTable({"EUR": 1.0}).convert(100.0, "EUR"))
#> 100.0
