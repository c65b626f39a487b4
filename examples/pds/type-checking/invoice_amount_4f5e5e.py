# Extracted from docs/pds/type-checking.md:168 by `handbook extract`.
# Edit the page, not this file.
def invoice_amount(net: float, tax_rate: float) -> float:
    tax = net * tax_rate
    return round(net + tax, 2)


print(invoice_amount(100.0, 0.2))
#> 120.0
