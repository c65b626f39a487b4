# Extracted from docs/pds/code-quality.md:297 by `handbook extract`.
# Edit the page, not this file.
from decimal import Decimal


def gross_amount(
    net: Decimal,
    tax_rate: Decimal,
) -> Decimal:
    return net * (1 + tax_rate)


print(gross_amount(Decimal("100.00"), Decimal("0.20")))
#> 120.0000
