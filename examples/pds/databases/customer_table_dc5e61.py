# Extracted from docs/pds/databases.md:412 by `handbook extract`.
# Edit the page, not this file.
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine

engine = create_engine("sqlite://")
deployed = MetaData()


def customer_table(metadata: MetaData, address_column: str) -> Table:
    return Table(
        "customer",
        metadata,
        Column("id", Integer, primary_key=True),
        Column(address_column, String),
    )


customer_table(deployed, "mail").create(engine)
# The model after someone renamed `mail` to `email`.
models = MetaData()
customer_table(models, "email")

with engine.connect() as connection:
    for change in compare_metadata(MigrationContext.configure(connection), models):
        operation, _schema, table, column = change
        print(operation, table, column.name)
        #> add_column customer email
        #> remove_column customer mail
