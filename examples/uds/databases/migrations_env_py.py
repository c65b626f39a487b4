# Extracted from docs/uds/databases.md:43 by `handbook extract`.
# Edit the page, not this file.
import os

from alembic import context
from sqlalchemy import engine_from_config, pool


def run_migrations_online() -> None:
    config = context.config
    section = config.get_section(config.config_ini_section, {})
    if "DATABASE_URL" in os.environ:
        section["sqlalchemy.url"] = os.environ["DATABASE_URL"]
    engine = engine_from_config(section, prefix="sqlalchemy.", poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=None)
        with context.begin_transaction():
            context.run_migrations()


# Alembic imports this file to run it; `python env.py` on its own does nothing.
if __name__ != "__main__":
    run_migrations_online()
