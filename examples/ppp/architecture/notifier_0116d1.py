# Extracted from docs/ppp/architecture.md:479 by `handbook extract`.
# Edit the page, not this file.
from typing import Protocol


class Notifier(Protocol):
    def notify(self, recipient: str, message: str) -> None: ...


class LegacySmtpClient:
    def __init__(self) -> None:
        self.outbox: list[str] = []

    def send_mail(self, to_addr: str, subject: str, body_text: str) -> None:
        self.outbox.append(f"to={to_addr} subject={subject!r} body={body_text!r}")


class SmtpNotifier:
    def __init__(self, client: LegacySmtpClient) -> None:
        self._client = client

    def notify(self, recipient: str, message: str) -> None:
        self._client.send_mail(recipient, "Notice", message)


class Inventory:
    def reserve(self, sku: str) -> bool:
        return sku != "SOLD-OUT"


class Payments:
    def charge(self, customer: str, cents: int) -> str:
        return f"receipt-{customer[:3]}-{cents}"


class CheckoutFacade:
    def __init__(
        self, inventory: Inventory, payments: Payments, notifier: Notifier
    ) -> None:
        self._inventory = inventory
        self._payments = payments
        self._notifier = notifier

    def checkout(self, customer: str, sku: str, cents: int) -> str | None:
        if not self._inventory.reserve(sku):
            return None
        receipt = self._payments.charge(customer, cents)
        self._notifier.notify(customer, f"Paid, {receipt}")
        return receipt


smtp = LegacySmtpClient()
shop = CheckoutFacade(Inventory(), Payments(), SmtpNotifier(smtp))
print(shop.checkout("ada@example.com", "MUG-01", 950))
#> receipt-ada-950
print(shop.checkout("ada@example.com", "SOLD-OUT", 950))
#> None
print(smtp.outbox)
#> ["to=ada@example.com subject='Notice' body='Paid, receipt-ada-950'"]
