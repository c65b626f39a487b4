# Extracted from docs/dpg/solid.md:82 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass, field
from datetime import UTC, datetime


@dataclass(frozen=True)
class Account:
    id: int
    email: str
    created_at: datetime


@dataclass
class AccountStore:
    rows: dict[int, Account] = field(default_factory=dict[int, Account])

    def add(self, email: str, now: datetime) -> Account:
        account = Account(id=len(self.rows) + 1, email=email, created_at=now)
        self.rows[account.id] = account
        return account


@dataclass
class WelcomeMailer:
    outbox: list[str] = field(default_factory=list[str])

    def send(self, account: Account) -> None:
        self.outbox.append(f"to {account.email}: welcome aboard")


@dataclass
class AuditTrail:
    entries: list[str] = field(default_factory=list[str])

    def record(self, event: str) -> None:
        self.entries.append(event)


@dataclass
class SignUp:
    store: AccountStore
    mailer: WelcomeMailer
    audit: AuditTrail

    def __call__(self, email: str) -> Account:
        account = self.store.add(email, datetime.now(tz=UTC))
        self.mailer.send(account)
        self.audit.record(f"account {account.id} created")
        return account


mailer = WelcomeMailer()
sign_up = SignUp(AccountStore(), mailer, AuditTrail())
print(sign_up("ada@example.com").id, mailer.outbox)
#> 1 ['to ada@example.com: welcome aboard']
