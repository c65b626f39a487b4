# Extracted from docs/pds/patterns.md:56 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: E722, S110, SIM105
# pyright: basic
from decimal import Decimal

total = Decimal(0)
for raw in ["4.50", "12,00", "3.20"]:
    try:
        total += Decimal(raw)
    except:
        pass
print(total)
#> 7.70
