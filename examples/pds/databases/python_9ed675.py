# Extracted from docs/pds/databases.md:848 by `handbook extract`.
# Edit the page, not this file.
import sqlite3

db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, status TEXT, created_at TEXT)")
query = "SELECT id FROM orders WHERE status = 'pending' AND created_at >= '2026-01-05'"

db.execute("CREATE INDEX ix_by_date ON orders (created_at, status)")
db.execute("CREATE INDEX ix_by_status ON orders (status, created_at)")
print(db.execute(f"EXPLAIN QUERY PLAN {query}").fetchall()[0][-1])
#> SEARCH orders USING COVERING INDEX ix_by_status (status=? AND created_at>?)
