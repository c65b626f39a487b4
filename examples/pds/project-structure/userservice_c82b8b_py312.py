# Extracted from docs/pds/project-structure.md:284 by `handbook extract`.
# Edit the page, not this file.
from typing import Final

# Module-level constants: UPPER_SNAKE_CASE, marked Final so a type checker
# rejects reassignment.
MAX_CONNECTIONS: Final = 20
DEFAULT_TIMEOUT_S: Final = 5.0

# Type aliases: PascalCase, like the classes they stand in for.
type UserId = int
type JsonDict = dict[str, object]


class UserService:  # classes: PascalCase
    def __init__(self) -> None:
        self._internal_cache: dict[UserId, JsonDict] = {}  # internal: one _

    def get_user(self, user_id: UserId) -> JsonDict:  # functions: snake_case
        max_retries = 3  # variables: snake_case
        return self._internal_cache.setdefault(
            user_id, {"id": user_id, "retries": max_retries}
        )


print(UserService().get_user(7))
#> {'id': 7, 'retries': 3}
