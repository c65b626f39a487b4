# Extracted from docs/ppp/elegant-python.md:1162 by `handbook extract`.
# Edit the page, not this file.
def net_prices(prices: list[float], discounts: list[float]) -> list[float]:
    return [price - discount for price, discount in zip(prices, discounts, strict=True)]


try:
    net_prices([10.0, 20.0, 30.0], [1.0, 2.0])
except ValueError as error:
    print(error)
    #> zip() argument 2 is shorter than argument 1
print(net_prices([10.0, 20.0], [1.0, 2.0]))
#> [9.0, 18.0]
