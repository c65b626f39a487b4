# Extracted from docs/dpg/solid.md:57 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass, field


@dataclass
class AccountManager:
    rows: dict[int, str] = field(default_factory=dict[int, str])
    outbox: list[str] = field(default_factory=list[str])
    audit: list[str] = field(default_factory=list[str])

    def sign_up(self, email: str) -> int:
        account_id = len(self.rows) + 1
        self.rows[account_id] = email  # storage
        self.outbox.append(f"to {email}: welcome aboard")  # mail wording
        self.audit.append(f"account {account_id} created")  # audit format
        return account_id


manager = AccountManager()
print(manager.sign_up("ada@example.com"), manager.outbox)
#> 1 ['to ada@example.com: welcome aboard']
