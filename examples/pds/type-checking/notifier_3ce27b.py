# Extracted from docs/pds/type-checking.md:215 by `handbook extract`.
# Edit the page, not this file.
class Notifier:
    def send(self, message: str) -> bool:
        return bool(message)


class SmsNotifier(Notifier):
    def __init__(self, phone: str) -> None:
        self.phone = phone

    def send(self, message: str) -> bool:
        return bool(message and self.phone)


def notify_all(notifiers: list[Notifier], message: str) -> int:
    return sum(notifier.send(message) for notifier in notifiers)


print(notify_all([Notifier(), SmsNotifier("+34600000000")], "parcel shipped"))
#> 2
