# Extracted from docs/uds/databases.md:232 by `handbook extract`.
# Edit the page, not this file.
import sqlite3
from pathlib import Path

live = sqlite3.connect("shop.db")
live.execute("CREATE TABLE IF NOT EXISTS orders (id INTEGER PRIMARY KEY, sku TEXT)")
live.execute("INSERT INTO orders (sku) VALUES ('MUG-01')")
live.commit()

Path("backups").mkdir(exist_ok=True)
with sqlite3.connect("backups/shop-2026-01-05.db") as copy:
    live.backup(copy)
    print(copy.execute("SELECT sku FROM orders").fetchall())
    #> [('MUG-01',)]
