# Extracted from docs/sdp/principles.md:617 by `handbook extract`.
# Edit the page, not this file.
import sqlite3

db = sqlite3.connect(":memory:")
db.executescript("""
    CREATE TABLE accounts (account_id TEXT PRIMARY KEY, balance TEXT NOT NULL);
    CREATE TABLE contacts (user_id TEXT PRIMARY KEY, email TEXT NOT NULL);
    INSERT INTO accounts VALUES ('acc-1', '100.00');
""")
for _ in range(2):  # the same request, delivered twice
    db.execute(
        "UPDATE accounts SET balance = printf('%.2f', balance + 10)"
        " WHERE account_id = ?",
        ("acc-1",),
    )
    db.execute(
        "INSERT INTO contacts VALUES (?, ?)"
        " ON CONFLICT (user_id) DO UPDATE SET email = excluded.email",
        ("u-1", "ana@example.com"),
    )
print(db.execute("SELECT balance FROM accounts").fetchone())
#> ('120.00',)
print(db.execute("SELECT * FROM contacts").fetchall())
#> [('u-1', 'ana@example.com')]
