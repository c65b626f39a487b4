# Extracted from docs/pds/type-checking.md:158 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: F841
# pyright: reportUnusedVariable=false
def invoice_amount(net: float, tax_rate: float) -> float:
    tax = net * tax_rate
    return round(net, 2)


print(invoice_amount(100.0, 0.2))
#> 100.0
