# Extracted from docs/ppp/elegant-python.md:967 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass


@dataclass(frozen=True)
class User:
    email: str
    active: bool


class UserRepository:
    def __init__(self, users: list[User]) -> None:
        self._users = users

    def get_active_users(self) -> list[User]:
        return [user for user in self._users if user.active]


repository = UserRepository(
    [User("ada@example.com", active=True), User("bob@example.com", active=False)]
)
print([user.email for user in repository.get_active_users()])
#> ['ada@example.com']
