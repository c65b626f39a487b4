# Extracted from docs/pds/type-checking.md:483 by `handbook extract`.
# Edit the page, not this file.
from typing import NotRequired, TypedDict


class UserPayload(TypedDict):
    id: int
    email: str
    nickname: NotRequired[str]


def display_name(user: UserPayload) -> str:
    return user.get("nickname", user["email"])


print(display_name({"id": 7, "email": "ada@example.com"}))
#> ada@example.com
print(display_name({"id": 8, "email": "bob@example.com", "nickname": "bob"}))
#> bob
