# Extracted from docs/pds/databases.md:814 by `handbook extract`.
# Edit the page, not this file.
import sqlite3

db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY)")
db.execute(
    "CREATE TABLE invoice (id INTEGER PRIMARY KEY,"
    " customer_id INTEGER REFERENCES customer (id), cents INTEGER)"
)
query = "SELECT cents FROM invoice WHERE customer_id = ?"


def plan() -> str:
    rows = db.execute(f"EXPLAIN QUERY PLAN {query}", (1,)).fetchall()
    return rows[0][-1]


print(plan())
#> SCAN invoice
db.execute("CREATE INDEX ix_invoice_customer_id ON invoice (customer_id)")
print(plan())
#> SEARCH invoice USING INDEX ix_invoice_customer_id (customer_id=?)
