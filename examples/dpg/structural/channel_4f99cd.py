# Extracted from docs/dpg/structural.md:149 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol


class Channel(Protocol):
    def deliver(self, recipient: str, text: str) -> str: ...


class EmailChannel:
    def deliver(self, recipient: str, text: str) -> str:
        return f"mail to {recipient}: {text}"


class SmsChannel:
    def deliver(self, recipient: str, text: str) -> str:
        return f"sms to {recipient}: {text[:30]}"


@dataclass(frozen=True)
class Reminder:
    channel: Channel
    event: str

    def send(self, recipient: str) -> str:
        return self.channel.deliver(recipient, f"Reminder: {self.event}")


@dataclass(frozen=True)
class Receipt:
    channel: Channel
    order_id: int
    amount: Decimal

    def send(self, recipient: str) -> str:
        text = f"Order {self.order_id} paid, {self.amount} EUR"
        return self.channel.deliver(recipient, text)


print(Reminder(EmailChannel(), "team call at 14:00").send("ops@example.com"))
#> mail to ops@example.com: Reminder: team call at 14:00
print(Receipt(SmsChannel(), 7, Decimal("19.90")).send("+49 151 000000"))
#> sms to +49 151 000000: Order 7 paid, 19.90 EUR
