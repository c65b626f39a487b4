# Extracted from docs/pds/principles.md:192 by `handbook extract`.
# Edit the page, not this file.
import sqlite3


def find_user(conn: sqlite3.Connection, name: str) -> list[tuple[int, str]]:
    cursor = conn.execute("SELECT id, name FROM users WHERE name = ?", (name,))
    return cursor.fetchall()


conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
conn.executemany("INSERT INTO users (name) VALUES (?)", [("ada",), ("grace",)])
print(find_user(conn, "' OR '1'='1"), find_user(conn, "grace"))
#> [] [(2, 'grace')]
