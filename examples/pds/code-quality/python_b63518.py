# Extracted from docs/pds/code-quality.md:211 by `handbook extract`.
# Edit the page, not this file.
import sqlite3

db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE users (name TEXT, active INTEGER)")
db.execute("INSERT INTO users VALUES ('ada', 1), ('bob', 0)")

name = "bob' OR '1'='1"
rows = db.execute("SELECT name FROM users WHERE name = ?", (name,)).fetchall()
print(len(rows))
#> 0
