# Extracted from docs/pds/patterns.md:835 by `handbook extract`.
# Edit the page, not this file.
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

with tempfile.TemporaryDirectory() as folder:
    database = Path(folder) / "shop.db"
    with closing(sqlite3.connect(database)) as connection, connection:
        connection.execute("CREATE TABLE orders (id INTEGER)")
        connection.execute("INSERT INTO orders VALUES (1042)")
    try:
        connection.execute("SELECT 1")
    except sqlite3.ProgrammingError as error:
        print(error)
        #> Cannot operate on a closed database.
