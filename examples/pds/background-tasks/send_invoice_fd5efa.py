# Extracted from docs/pds/background-tasks.md:135 by `handbook extract`.
# Edit the page, not this file.
import sqlite3


def send_invoice(db: sqlite3.Connection, order_id: int, outbox: list[str]) -> bool:
    with db:  # one transaction: the record and the work commit together
        done = db.execute(
            "INSERT OR IGNORE INTO task_done (task, key) VALUES ('invoice', ?)",
            (order_id,),
        )
        if done.rowcount == 0:
            return False  # already sent by an earlier delivery
        outbox.append(f"invoice for order {order_id}")
        return True


db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE task_done (task TEXT, key INTEGER, PRIMARY KEY (task, key))")
outbox: list[str] = []
print([send_invoice(db, 42, outbox) for _ in range(3)], outbox)
#> [True, False, False] ['invoice for order 42']
