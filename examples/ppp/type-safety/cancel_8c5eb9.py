# Extracted from docs/ppp/type-safety.md:294 by `handbook extract`.
# Edit the page, not this file.
# pyright: reportArgumentType=false
from typing import NewType

OrderId = NewType("OrderId", int)
CustomerId = NewType("CustomerId", int)


def cancel(order: OrderId) -> str:
    return f"order {order} cancelled"


print(cancel(CustomerId(7)))
#> order 7 cancelled
