# Extracted from docs/uds/databases.md:272 by `handbook extract`.
# Edit the page, not this file.
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine

models = MetaData()
Table(
    "customers",
    models,
    Column("id", Integer, primary_key=True),
    Column("email", String(255), nullable=False),
)

engine = create_engine("sqlite:///crm.db")
with engine.begin() as connection:
    connection.exec_driver_sql(
        "CREATE TABLE customers (id INTEGER NOT NULL PRIMARY KEY)"
    )
    differences = compare_metadata(MigrationContext.configure(connection), models)
for difference in differences:
    print(difference[0], difference[2], difference[3].name)
    #> add_column customers email
