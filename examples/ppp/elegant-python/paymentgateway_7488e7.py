# Extracted from docs/ppp/elegant-python.md:1080 by `handbook extract`.
# Edit the page, not this file.
from typing import Protocol


class PaymentGateway(Protocol):
    def charge(self, cents: int) -> str: ...


class LegacyBankClient:
    def debit_amount(self, amount_in_euros: float) -> dict[str, str]:
        return {"status": "ok", "ref": f"BANK-{amount_in_euros:.2f}"}


class LegacyBankAdapter:
    def __init__(self, client: LegacyBankClient) -> None:
        self._client = client

    def charge(self, cents: int) -> str:
        return self._client.debit_amount(cents / 100)["ref"]


gateway: PaymentGateway = LegacyBankAdapter(LegacyBankClient())
print(gateway.charge(1250))
#> BANK-12.50
