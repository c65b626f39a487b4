# Extracted from docs/pds/databases.md:458 by `handbook extract`.
# Edit the page, not this file.
import sqlite3


def backfill_country(connection: sqlite3.Connection) -> int:
    """Give every address without a country the default; safe to repeat."""
    connection.execute("CREATE INDEX IF NOT EXISTS ix_country ON address (country)")
    cursor = connection.execute(
        "UPDATE address SET country = 'GB' WHERE country IS NULL",
    )
    return cursor.rowcount


db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE address (id INTEGER PRIMARY KEY, city TEXT, country TEXT)")
db.executemany(
    "INSERT INTO address (city, country) VALUES (?, ?)",
    [("Leeds", None), ("Lyon", "FR"), ("York", None)],
)
print(backfill_country(db), backfill_country(db))
#> 2 0
