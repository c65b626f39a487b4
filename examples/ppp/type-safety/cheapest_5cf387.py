# Extracted from docs/ppp/type-safety.md:472 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: ANN401
# pyright: basic
from typing import Any


def cheapest(prices: Any) -> Any:
    return min(prices)


print(cheapest([4, 2, 9]))
#> 2
print(cheapest("zebra"))
#> a
