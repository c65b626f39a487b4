# Extracted from docs/pds/databases.md:284 by `handbook extract`.
# Edit the page, not this file.
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
