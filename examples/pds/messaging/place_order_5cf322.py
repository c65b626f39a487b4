# Extracted from docs/pds/messaging.md:301 by `handbook extract`.
# Edit the page, not this file.
import json
import sqlite3
from collections.abc import Callable

db = sqlite3.connect(":memory:")
db.executescript(
    """
    CREATE TABLE orders (id INTEGER PRIMARY KEY, total_cents INTEGER NOT NULL);
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        topic TEXT NOT NULL,
        payload TEXT NOT NULL,
        published INTEGER NOT NULL DEFAULT 0
    );
    """
)


def place_order(total_cents: int) -> int:
    with db:  # one transaction for the order and its event
        order_id = db.execute(
            "INSERT INTO orders (total_cents) VALUES (?)", (total_cents,)
        ).lastrowid
        payload = json.dumps({"order_id": order_id, "total_cents": total_cents})
        db.execute(
            "INSERT INTO outbox (topic, payload) VALUES ('orders', ?)", (payload,)
        )
    return order_id or 0


def relay(publish: Callable[[str, str], None]) -> int:
    rows = db.execute(
        "SELECT id, topic, payload FROM outbox WHERE published = 0 ORDER BY id"
    ).fetchall()
    sent = 0
    for row_id, topic, payload in rows:
        publish(topic, payload)  # may raise: the row stays unpublished
        with db:
            db.execute("UPDATE outbox SET published = 1 WHERE id = ?", (row_id,))
        sent += 1
    return sent


broker: list[str] = []


def broken(topic: str, payload: str) -> None:
    raise ConnectionError("pubsub.googleapis.com unreachable")


place_order(1999)
place_order(500)
try:
    relay(broken)
except ConnectionError:
    print(
        "relay failed; events still waiting:",
        db.execute("SELECT COUNT(*) FROM outbox WHERE published = 0").fetchone()[0],
    )
    #> relay failed; events still waiting: 2
print(relay(lambda topic, payload: broker.append(payload)), broker)
#> 2 ['{"order_id": 1, "total_cents": 1999}', '{"order_id": 2, "total_cents": 500}']
