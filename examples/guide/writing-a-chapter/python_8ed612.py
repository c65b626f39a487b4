# Extracted from docs/guide/writing-a-chapter.md:141 by `handbook extract`.
# Edit the page, not this file.
from decimal import Decimal

total = sum([Decimal("0.10"), Decimal("0.20")])
print(total)
#> 0.30
