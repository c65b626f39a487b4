# Extracted from docs/uds/code-review.md:68 by `handbook extract`.
# Edit the page, not this file.
import sqlite3

connection = sqlite3.connect(":memory:")
connection.execute("CREATE TABLE users (name TEXT, role TEXT)")
connection.execute("INSERT INTO users VALUES ('ada', 'admin'), ('bob', 'viewer')")

name = "nobody' OR '1'='1"
rows = connection.execute("SELECT name FROM users WHERE name = ?", (name,)).fetchall()
print(rows)
#> []
