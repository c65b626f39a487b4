# Extracted from docs/uds/code-quality.md:39 by `handbook extract`.
# Edit the page, not this file.
from decimal import Decimal


def net_price(gross: Decimal, rate: Decimal = Decimal("0.2")) -> Decimal:
    return (gross / (1 + rate)).quantize(Decimal("0.01"))


print(net_price(Decimal("12.00")))
#> 10.00
