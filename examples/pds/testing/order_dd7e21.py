# Extracted from docs/pds/testing.md:101 by `handbook extract`.
# Edit the page, not this file.
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Order:
    id: int
    total_cents: int


class OrderRepository:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.connection.execute(
            "CREATE TABLE IF NOT EXISTS orders (id INTEGER PRIMARY KEY, total INTEGER)",
        )

    def add(self, total_cents: int) -> Order:
        cursor = self.connection.execute(
            "INSERT INTO orders (total) VALUES (?)",
            (total_cents,),
        )
        return Order(id=cursor.lastrowid or 0, total_cents=total_cents)

    def get(self, order_id: int) -> Order | None:
        row = self.connection.execute(
            "SELECT id, total FROM orders WHERE id = ?",
            (order_id,),
        ).fetchone()
        return None if row is None else Order(id=row[0], total_cents=row[1])


def test_saved_order_can_be_read_back() -> None:
    repository = OrderRepository(sqlite3.connect(":memory:"))
    saved = repository.add(4_250)
    assert repository.get(saved.id) == saved


test_saved_order_can_be_read_back()
