# Extracted from docs/pds/project-structure.md:345 by `handbook extract`.
# Edit the page, not this file.
class Account:
    def __init__(self, opening_cents: int) -> None:
        self.__balance = opening_cents  # stored as _Account__balance

    def balance(self) -> int:
        return self.__balance


class SavingsAccount(Account):
    def __init__(self, opening_cents: int) -> None:
        super().__init__(opening_cents)
        self.__balance = 0  # a second attribute: _SavingsAccount__balance


account = SavingsAccount(5000)
print(sorted(vars(account)))
#> ['_Account__balance', '_SavingsAccount__balance']
print(account.balance(), hasattr(account, "__balance"))
#> 5000 False
print(vars(account)["_Account__balance"])  # readable by anyone who asks
#> 5000
