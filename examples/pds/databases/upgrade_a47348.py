# Extracted from docs/pds/databases.md:311 by `handbook extract`.
# Edit the page, not this file.
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, inspect

ENV_PY = """\
from alembic import context

context.configure(connection=context.config.attributes["connection"])
with context.begin_transaction():
    context.run_migrations()
"""

REVISION = """\
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "customer",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("email", sa.String(254), nullable=False, unique=True),
    )
    op.create_index("ix_customer_email", "customer", ["email"])


def downgrade() -> None:
    op.drop_index("ix_customer_email", table_name="customer")
    op.drop_table("customer")
"""


def migrate(engine: Engine, config: Config, target: str) -> None:
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        if target == "base":
            command.downgrade(config, target)
        else:
            command.upgrade(config, target)


def schema(engine: Engine) -> dict[str, list[str]]:
    inspector = inspect(engine)
    return {
        table: [index["name"] or "" for index in inspector.get_indexes(table)]
        for table in sorted(inspector.get_table_names())
    }


with tempfile.TemporaryDirectory() as folder:
    root = Path(folder, "migrations")
    (root / "versions").mkdir(parents=True)
    (root / "env.py").write_text(ENV_PY, encoding="utf-8")
    revision_file = root / "versions" / "0001_create_customer.py"
    revision_file.write_text(REVISION, encoding="utf-8")
    config = Config()
    config.set_main_option("script_location", str(root))
    engine = create_engine(f"sqlite:///{Path(folder, 'shop.db')}")

    migrate(engine, config, "head")
    print(schema(engine))
    #> {'alembic_version': [], 'customer': ['ix_customer_email']}
    with engine.connect() as connection:
        version = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
        print(version.all())
        #> [('0001',)]

    migrate(engine, config, "base")
    print(schema(engine))
    #> {'alembic_version': []}
    engine.dispose()
