# Extracted from docs/pds/principles.md:174 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: S608
# pyright: basic
import sqlite3


def find_user(conn: sqlite3.Connection, name: str) -> list[tuple[int, str]]:
    query = f"SELECT id, name FROM users WHERE name = '{name}'"
    return conn.execute(query).fetchall()


conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
conn.executemany("INSERT INTO users (name) VALUES (?)", [("ada",), ("grace",)])
print(find_user(conn, "' OR '1'='1"))
#> [(1, 'ada'), (2, 'grace')]
