# Extracted from docs/dpg/combinations.md:241 by `handbook extract`.
# Edit the page, not this file.
class Mailer:
    def __init__(self) -> None:
        self.sent: list[str] = []

    def send(self, to: str) -> None:
        self.sent.append(to)


def register(user: str, mailer: Mailer) -> None:
    mailer.send(user)


mailer = Mailer()
register("ada@example.com", mailer)
print(mailer.sent)
#> ['ada@example.com']
