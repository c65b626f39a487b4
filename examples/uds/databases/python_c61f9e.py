# Extracted from docs/uds/databases.md:148 by `handbook extract`.
# Edit the page, not this file.
from sqlalchemy import create_engine, text

engine = create_engine(
    "sqlite:///orders.db",
    pool_pre_ping=True,
    pool_recycle=300,
    echo=False,
)
with engine.connect() as connection:
    answer = connection.execute(text("SELECT 1")).scalar_one()
print(answer, type(engine.pool).__name__)
#> 1 QueuePool
