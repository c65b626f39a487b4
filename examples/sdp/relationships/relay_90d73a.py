# Extracted from docs/sdp/relationships.md:246 by `handbook extract`.
# Edit the page, not this file.
import sqlite3

db = sqlite3.connect(":memory:")
db.executescript("""
    CREATE TABLE orders (id TEXT PRIMARY KEY, status TEXT NOT NULL);
    CREATE TABLE outbox (
        event_id INTEGER PRIMARY KEY,
        payload TEXT NOT NULL,
        sent INTEGER NOT NULL DEFAULT 0
    );
""")

with db:  # one transaction: the order and its event, or neither
    db.execute("INSERT INTO orders VALUES ('o-7', 'paid')")
    db.execute("INSERT INTO outbox (payload) VALUES ('order o-7 paid')")

published: list[tuple[int, str]] = []


def relay(crash_before_marking: bool) -> None:
    rows = db.execute("SELECT event_id, payload FROM outbox WHERE sent = 0").fetchall()
    for event_id, payload in rows:
        published.append((event_id, payload))
        if crash_before_marking:
            return  # the process dies here; the event stays unsent
        with db:
            db.execute("UPDATE outbox SET sent = 1 WHERE event_id = ?", (event_id,))


relay(crash_before_marking=True)
relay(crash_before_marking=False)  # after the restart

applied: set[int] = set()
effects: list[str] = []
for event_id, payload in published:
    if event_id in applied:
        continue  # a repeat delivery
    applied.add(event_id)
    effects.append(payload)

print(len(published), "deliveries,", effects)
#> 2 deliveries, ['order o-7 paid']
