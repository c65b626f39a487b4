# Extracted from docs/ppp/architecture.md:133 by `handbook extract`.
# Edit the page, not this file.
import sqlite3
from typing import Protocol


class OrderStore(Protocol):
    def status(self, order_id: int) -> str | None:
        """Return the order's status, or None when the order does not exist."""
        ...


class MemoryStore:
    def __init__(self, statuses: dict[int, str]) -> None:
        self._statuses = statuses

    def status(self, order_id: int) -> str | None:
        return self._statuses.get(order_id)


class SqliteStore:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def status(self, order_id: int) -> str | None:
        row = self._connection.execute(
            "SELECT status FROM orders WHERE id = ?", (order_id,)
        ).fetchone()
        return None if row is None else str(row[0])


def describe(store: OrderStore, order_id: int) -> str:
    return store.status(order_id) or "unknown order"


database = sqlite3.connect(":memory:")
database.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, status TEXT)")
database.execute("INSERT INTO orders VALUES (7, 'shipped')")
for store in (MemoryStore({7: "shipped"}), SqliteStore(database)):
    print(describe(store, 7), "/", describe(store, 8))
    #> shipped / unknown order
    #> shipped / unknown order
