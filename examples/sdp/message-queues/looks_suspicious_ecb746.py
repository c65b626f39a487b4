# Extracted from docs/sdp/message-queues.md:1226 by `handbook extract`.
# Edit the page, not this file.
import sqlite3

SUSPICIOUS = ["'; drop table", "<script>", "../../../", "union select"]


def looks_suspicious(text: str) -> bool:
    return any(pattern in text.lower() for pattern in SUSPICIOUS)


attack = "x';  DROP  TABLE users; --"
ticket = "Customer asks why our docs mention UNION SELECT in the SQL course"
print(
    "attack caught:",
    looks_suspicious(attack),
    "| ticket caught:",
    looks_suspicious(ticket),
)
#> attack caught: False | ticket caught: True

db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE users (user_id TEXT)")
db.execute("INSERT INTO users VALUES (?)", (attack,))  # a value, never SQL
print(db.execute("SELECT COUNT(*) FROM users").fetchone())
#> (1,)
