# Extracted from docs/pds/testing.md:187 by `handbook extract`.
# Edit the page, not this file.
import sqlite3


def count_customers(connection: sqlite3.Connection) -> int:
    (count,) = connection.execute("SELECT COUNT(*) FROM customers").fetchone()
    return int(count)


def test_new_database_has_no_customers(database: sqlite3.Connection) -> None:
    assert count_customers(database) == 0


# Outside pytest, hand the test what the fixture would give it.
connection = sqlite3.connect(":memory:")
connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT)")
test_new_database_has_no_customers(connection)
