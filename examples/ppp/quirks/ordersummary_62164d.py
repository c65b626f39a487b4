# Extracted from docs/ppp/quirks.md:83 by `handbook extract`.
# Edit the page, not this file.
# pyright: reportAttributeAccessIssue=false
from pydantic import BaseModel


class OrderSummary(BaseModel):
    count: int
    total: float


def order_summary(prices: list[float]) -> OrderSummary:
    return OrderSummary(count=len(prices), total=round(sum(prices), 2))


summary = order_summary([9.5, 12.0])
try:
    summary.totla = summary.total - 1.5
except ValueError as error:
    print(error)
    #> "OrderSummary" object has no field "totla"
