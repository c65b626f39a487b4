# Extracted from docs/ppp/elegant-python.md:1153 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: B905
# pyright: basic
def net_prices(prices: list[float], discounts: list[float]) -> list[float]:
    return [price - discount for price, discount in zip(prices, discounts)]


print(net_prices([10.0, 20.0, 30.0], [1.0, 2.0]))
#> [9.0, 18.0]
