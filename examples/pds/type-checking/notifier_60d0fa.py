# Extracted from docs/pds/type-checking.md:188 by `handbook extract`.
# Edit the page, not this file.
# pyright: reportIncompatibleMethodOverride=false
class Notifier:
    def send(self, message: str) -> bool:
        return bool(message)


class SmsNotifier(Notifier):
    def send(self, message: str, phone: str) -> bool:
        return bool(message and phone)


def notify_all(notifiers: list[Notifier], message: str) -> list[str]:
    failures: list[str] = []
    for notifier in notifiers:
        try:
            notifier.send(message)
        except TypeError as error:
            failures.append(type(error).__name__)
    return failures


print(notify_all([Notifier(), SmsNotifier()], "parcel shipped"))
#> ['TypeError']
