# Extracted from docs/ppp/quirks.md:107 by `handbook extract`.
# Edit the page, not this file.
from collections import Counter

from pydantic import BaseModel


class OrderSummary(BaseModel):
    count: int
    total: float
    by_status: dict[str, int]


statuses = ["shipped", "pending", "shipped"]
summary = OrderSummary(count=3, total=31.5, by_status=dict(Counter(statuses)))
print(summary.total, summary.by_status)
#> 31.5 {'shipped': 2, 'pending': 1}
