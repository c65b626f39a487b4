# Extracted from docs/pds/patterns.md:1016 by `handbook extract`.
# Edit the page, not this file.
import tempfile
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

opened: list[int] = []

with tempfile.TemporaryDirectory() as folder:
    engine = create_engine(
        f"sqlite:///{Path(folder) / 'shop.db'}", poolclass=QueuePool, pool_size=5
    )

    @event.listens_for(engine, "connect")
    def count(dbapi_connection: object, record: ConnectionPoolEntry) -> None:
        opened.append(1)

    for _ in range(100):  # a hundred requests, one after another
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    engine.dispose()
print("connections opened:", len(opened))
#> connections opened: 1
