# Extracted from docs/pds/project-structure.md:317 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: N801, N802, N803, N806
# pyright: basic
class user_service:
    def GetUser(self, userId: int) -> dict[str, int]:
        MaxRetries = 3
        return {"id": userId, "retries": MaxRetries}


print(user_service().GetUser(7))
#> {'id': 7, 'retries': 3}
