# Extracted from docs/ppp/type-safety.md:275 by `handbook extract`.
# Edit the page, not this file.
type Sku = str
type PriceList = dict[Sku, float]


def price_of(prices: PriceList, sku: Sku) -> float:
    return prices.get(sku, 0.0)


print(price_of({"MUG-01": 9.5}, "MUG-01"))
#> 9.5
print(PriceList.__value__)
#> dict[Sku, float]
