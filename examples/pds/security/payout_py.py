# Extracted from docs/pds/security.md:307 by `handbook extract`.
# Edit the page, not this file.
import os
from decimal import Decimal


def withdraw(balance: Decimal, amount: Decimal) -> Decimal:
    assert amount <= balance, "insufficient funds"
    return balance - amount


requested = Decimal(os.environ.get("AMOUNT", "20.00"))
print(withdraw(Decimal("50.00"), requested))
#> 30.00
