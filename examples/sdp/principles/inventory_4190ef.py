# Extracted from docs/sdp/principles.md:965 by `handbook extract`.
# Edit the page, not this file.
# docs/sdp/principles.md:965
import json
import sqlite3
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol


class Inventory(Protocol):
    def reserve(self, order_id: str, items: dict[str, int]) -> bool: ...
    def release(self, order_id: str) -> None: ...


class Payments(Protocol):
    def charge(self, order_id: str, amount: Decimal) -> bool: ...


class OrderRejectedError(Exception):
    pass


@dataclass
class FakeInventory:
    reserved: dict[str, dict[str, int]] = field(default_factory=dict)

    def reserve(self, order_id: str, items: dict[str, int]) -> bool:
        self.reserved[order_id] = items
        return True

    def release(self, order_id: str) -> None:
        self.reserved.pop(order_id, None)


@dataclass
class FakePayments:
    approve: bool

    def charge(self, order_id: str, amount: Decimal) -> bool:
        return self.approve


class OrderService:
    def __init__(
        self, inventory: Inventory, payments: Payments, db: sqlite3.Connection
    ) -> None:
        self._inventory = inventory
        self._payments = payments
        self._db = db

    def place(self, order_id: str, items: dict[str, int], total: Decimal) -> str:
        if not self._inventory.reserve(order_id, items):
            raise OrderRejectedError(f"{order_id}: out of stock")
        if not self._payments.charge(order_id, total):
            self._inventory.release(order_id)  # undo the step that succeeded
            raise OrderRejectedError(f"{order_id}: payment declined")
        event = {"order_id": order_id, "items": items, "total": str(total)}
        with self._db:  # the order and its event commit together
            self._db.execute("INSERT INTO orders VALUES (?, ?)", (order_id, str(total)))
            self._db.execute(
                "INSERT INTO outbox (kind, payload) VALUES (?, ?)",
                ("OrderPlaced", json.dumps(event)),
            )
        return order_id


db = sqlite3.connect(":memory:")
db.executescript("""
    CREATE TABLE orders (order_id TEXT PRIMARY KEY, total TEXT NOT NULL);
    CREATE TABLE outbox (position INTEGER PRIMARY KEY, kind TEXT NOT NULL,
                         payload TEXT NOT NULL, delivered INTEGER NOT NULL DEFAULT 0);
""")
inventory = FakeInventory()
service = OrderService(inventory, FakePayments(approve=True), db)
print(service.place("ord-1", {"SKU-1": 2}, Decimal("39.80")))
#> ord-1


# docs/sdp/principles.md:1072
declining = OrderService(inventory, FakePayments(approve=False), db)
try:
    declining.place("ord-2", {"SKU-1": 1}, Decimal("19.90"))
except OrderRejectedError as error:
    print(error, "| still reserved:", sorted(inventory.reserved))
    #> ord-2: payment declined | still reserved: ['ord-1']


# docs/sdp/principles.md:1099
class ShippingService:
    def __init__(self) -> None:
        self.up = False
        self.scheduled: list[str] = []

    def on_order_placed(self, payload: dict[str, str]) -> None:
        if not self.up:
            raise ConnectionError("shipping is being deployed")
        if payload["order_id"] not in self.scheduled:  # idempotent
            self.scheduled.append(payload["order_id"])


def relay(db: sqlite3.Connection, shipping: ShippingService) -> str:
    rows = db.execute(
        "SELECT position, payload FROM outbox WHERE delivered = 0 ORDER BY position"
    ).fetchall()
    for position, payload in rows:
        try:
            shipping.on_order_placed(json.loads(payload))
        except ConnectionError as error:
            return f"kept in the outbox: {error}"
        with db:
            db.execute(
                "UPDATE outbox SET delivered = 1 WHERE position = ?", (position,)
            )
    return f"delivered {len(rows)}"


shipping = ShippingService()
print(
    relay(db, shipping),
    "| orders:",
    db.execute("SELECT COUNT(*) FROM orders").fetchone(),
)
#> kept in the outbox: shipping is being deployed | orders: (1,)
shipping.up = True
print(relay(db, shipping), "| scheduled:", shipping.scheduled)
#> delivered 1 | scheduled: ['ord-1']
