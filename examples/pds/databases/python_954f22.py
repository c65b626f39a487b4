# Extracted from docs/pds/databases.md:878 by `handbook extract`.
# Edit the page, not this file.
import sqlite3

db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, customer_id INT, cents INT)")
query = "SELECT cents FROM invoice WHERE customer_id = 7"

db.execute("CREATE INDEX ix_customer ON invoice (customer_id)")
print(db.execute(f"EXPLAIN QUERY PLAN {query}").fetchall()[0][-1])
#> SEARCH invoice USING INDEX ix_customer (customer_id=?)
db.execute("CREATE INDEX ix_customer_cents ON invoice (customer_id, cents)")
print(db.execute(f"EXPLAIN QUERY PLAN {query}").fetchall()[0][-1])
#> SEARCH invoice USING COVERING INDEX ix_customer_cents (customer_id=?)
