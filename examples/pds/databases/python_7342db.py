# Extracted from docs/pds/databases.md:497 by `handbook extract`.
# Edit the page, not this file.
import tempfile
from pathlib import Path

from sqlalchemy import QueuePool, create_engine, text

with tempfile.TemporaryDirectory() as folder:
    engine = create_engine(
        f"sqlite:///{Path(folder, 'shop.db')}",
        pool_size=5,
        max_overflow=2,
        pool_pre_ping=True,
        pool_recycle=1800,
        pool_timeout=10,  # seconds to wait for a free connection before failing
    )
    pool = engine.pool
    assert isinstance(pool, QueuePool)  # what a file database gets by default
    with engine.connect() as first, engine.connect() as second:
        first.execute(text("SELECT 1"))
        second.execute(text("SELECT 1"))
        print(pool.checkedout(), "connections in use")
        #> 2 connections in use
    print(pool.size(), "kept open,", pool.checkedout(), "in use")
    #> 5 kept open, 0 in use
    engine.dispose()
