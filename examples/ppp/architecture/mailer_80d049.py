# Extracted from docs/ppp/architecture.md:256 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Protocol


class Mailer(Protocol):
    def send(self, to: str, body: str) -> None: ...


class OutboxMailer:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    def send(self, to: str, body: str) -> None:
        self.sent.append((to, body))


class ReminderService:
    def __init__(self, mailer: Mailer, today: Callable[[], date]) -> None:
        self._mailer = mailer
        self._today = today

    def remind_if_due(self, customer: str, due: date) -> bool:
        if self._today() < due:
            return False
        self._mailer.send(customer, f"Invoice due since {due.isoformat()}")
        return True


def build_reminder_service(mailer: Mailer) -> ReminderService:
    return ReminderService(mailer, today=lambda: datetime.now(UTC).date())


outbox = OutboxMailer()
service = ReminderService(outbox, today=lambda: date(2025, 3, 1))
print(service.remind_if_due("ada@example.com", date(2025, 2, 28)), outbox.sent)
#> True [('ada@example.com', 'Invoice due since 2025-02-28')]
print(type(build_reminder_service(outbox)).__name__)
#> ReminderService
