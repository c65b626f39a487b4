# Extracted from docs/dpg/solid.md:492 by `handbook extract`.
# Edit the page, not this file.
import sqlite3
from typing import Protocol


class UserStore(Protocol):
    def save(self, name: str) -> None: ...

    def names(self) -> list[str]: ...


class SqliteUserStore:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection
        self._db.execute("create table if not exists users (name text)")

    def save(self, name: str) -> None:
        self._db.execute("insert into users values (?)", (name,))

    def names(self) -> list[str]:
        rows = self._db.execute("select name from users order by name")
        return [row[0] for row in rows]


class MemoryUserStore:
    def __init__(self) -> None:
        self._names: list[str] = []

    def save(self, name: str) -> None:
        self._names.append(name)

    def names(self) -> list[str]:
        return sorted(self._names)


class Registration:
    def __init__(self, store: UserStore) -> None:
        self._store = store

    def register(self, name: str) -> list[str]:
        self._store.save(name.strip().lower())
        return self._store.names()


for store in (SqliteUserStore(sqlite3.connect(":memory:")), MemoryUserStore()):
    registration = Registration(store)
    registration.register("  Grace ")
    print(type(store).__name__, registration.register("Ada"))
    #> SqliteUserStore ['ada', 'grace']
    #> MemoryUserStore ['ada', 'grace']
