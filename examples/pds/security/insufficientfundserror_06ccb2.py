# Extracted from docs/pds/security.md:334 by `handbook extract`.
# Edit the page, not this file.
from decimal import Decimal


class InsufficientFundsError(Exception):
    pass


def withdraw(balance: Decimal, amount: Decimal) -> Decimal:
    if amount > balance:
        raise InsufficientFundsError(f"cannot withdraw {amount} from {balance}")
    return balance - amount


try:
    withdraw(Decimal("50.00"), Decimal("80.00"))
except InsufficientFundsError as error:
    print(error)
    #> cannot withdraw 80.00 from 50.00
