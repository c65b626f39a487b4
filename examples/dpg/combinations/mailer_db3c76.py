# Extracted from docs/dpg/combinations.md:210 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: PLW0603
# pyright: basic
class Mailer:
    def __init__(self) -> None:
        self.sent: list[str] = []

    def send(self, to: str) -> None:
        self.sent.append(to)


_mailer: Mailer | None = None


def get_mailer() -> Mailer:
    global _mailer
    if _mailer is None:
        _mailer = Mailer()
    return _mailer


def register(user: str) -> None:
    get_mailer().send(user)


register("ada@example.com")
print(get_mailer().sent)
#> ['ada@example.com']
