# Extracted from docs/uds/code-review.md:109 by `handbook extract`.
# Edit the page, not this file.
from decimal import Decimal


def vat(net: Decimal) -> Decimal:
    # TODO: rates differ per country
    return net * Decimal("0.20")


print(vat(Decimal("10.00")))
#> 2.0000
