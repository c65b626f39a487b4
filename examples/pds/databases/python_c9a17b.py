# Extracted from docs/pds/databases.md:906 by `handbook extract`.
# Edit the page, not this file.
import sqlite3

db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, email TEXT, total INT)")
query = "SELECT total FROM orders WHERE lower(email) = ?"
db.execute("CREATE INDEX ix_orders_email ON orders (email)")
print(db.execute(f"EXPLAIN QUERY PLAN {query}", ("a@b.c",)).fetchall()[0][-1])
#> SCAN orders
db.execute("CREATE INDEX ix_orders_email_lower ON orders (lower(email))")
print(db.execute(f"EXPLAIN QUERY PLAN {query}", ("a@b.c",)).fetchall()[0][-1])
#> SEARCH orders USING INDEX ix_orders_email_lower (<expr>=?)
