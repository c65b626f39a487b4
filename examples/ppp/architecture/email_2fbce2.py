# Extracted from docs/ppp/architecture.md:320 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass, field
from typing import Self


@dataclass(frozen=True)
class Email:
    to: tuple[str, ...]
    subject: str
    body: str
    cc: tuple[str, ...] = field(default=())


class EmailBuilder:
    def __init__(self, subject: str) -> None:
        self._subject = subject
        self._to: list[str] = []
        self._cc: list[str] = []
        self._lines: list[str] = []

    def to(self, *addresses: str) -> Self:
        self._to.extend(addresses)
        return self

    def cc(self, *addresses: str) -> Self:
        self._cc.extend(addresses)
        return self

    def line(self, text: str) -> Self:
        self._lines.append(text)
        return self

    def build(self) -> Email:
        if not self._to:
            raise ValueError("an email needs at least one recipient")
        body = "\n".join(self._lines)
        return Email(tuple(self._to), self._subject, body, tuple(self._cc))


email = (
    EmailBuilder("Your order shipped")
    .to("ada@example.com")
    .cc("support@example.com")
    .line("Parcel 7 left the warehouse.")
    .build()
)
print(email.to, email.cc, email.body)
#> ('ada@example.com',) ('support@example.com',) Parcel 7 left the warehouse.
