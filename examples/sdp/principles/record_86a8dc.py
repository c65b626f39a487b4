# Extracted from docs/sdp/principles.md:737 by `handbook extract`.
# Edit the page, not this file.
# docs/sdp/principles.md:737
import json
import sqlite3
from dataclasses import dataclass, field

store = sqlite3.connect(":memory:")
store.execute(
    "CREATE TABLE events (position INTEGER PRIMARY KEY, user_id TEXT NOT NULL,"
    " version INTEGER NOT NULL, kind TEXT NOT NULL, data TEXT NOT NULL,"
    " UNIQUE (user_id, version))"
)


def record(user_id: str, kind: str, data: dict[str, str]) -> int:
    with store:  # the write and its event are one row, in one transaction
        (last,) = store.execute(
            "SELECT COALESCE(MAX(version), 0) FROM events WHERE user_id = ?", (user_id,)
        ).fetchone()
        store.execute(
            "INSERT INTO events (user_id, version, kind, data) VALUES (?, ?, ?, ?)",
            (user_id, last + 1, kind, json.dumps(data)),
        )
    return last + 1


@dataclass
class ProfileView:
    profiles: dict[str, dict[str, str]] = field(default_factory=dict)
    versions: dict[str, int] = field(default_factory=dict)
    checkpoint: int = 0
    failures_to_simulate: int = 0

    def apply(self, user_id: str, version: int, data: dict[str, str]) -> None:
        if version <= self.versions.get(user_id, 0):
            return  # already applied: replays are harmless
        if self.failures_to_simulate:
            self.failures_to_simulate -= 1
            raise ConnectionError("read store unavailable")
        self.profiles.setdefault(user_id, {}).update(data)
        self.versions[user_id] = version

    def catch_up(self) -> str:
        rows = store.execute(
            "SELECT position, user_id, version, data FROM events"
            " WHERE position > ? ORDER BY position",
            (self.checkpoint,),
        ).fetchall()
        for position, user_id, version, data in rows:
            try:
                self.apply(user_id, version, json.loads(data))
            except ConnectionError as error:
                return f"stopped at event {position} ({error}); will retry"
            self.checkpoint = position
        return f"caught up to event {self.checkpoint}"


view = ProfileView(failures_to_simulate=1)
record("user-1", "UserCreated", {"name": "Ana", "email": "ana@example.com"})
print("before catching up:", view.profiles.get("user-1"))
#> before catching up: None
print(view.catch_up())
#> stopped at event 1 (read store unavailable); will retry
print(view.catch_up())
#> caught up to event 1
print("after:", view.profiles["user-1"])
#> after: {'name': 'Ana', 'email': 'ana@example.com'}


# docs/sdp/principles.md:868
def profile(user_id: str, at_least_version: int) -> dict[str, str]:
    if view.versions.get(user_id, 0) < at_least_version:
        view.catch_up()
    return view.profiles[user_id]


version = record("user-1", "EmailChanged", {"email": "ana@example.org"})
print("the writer asks for version", version, "->", profile("user-1", version)["email"])
#> the writer asks for version 2 -> ana@example.org
