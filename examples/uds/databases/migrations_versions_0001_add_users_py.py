# Extracted from docs/uds/databases.md:81 by `handbook extract`.
# Edit the page, not this file.
"""Add the users table.

Revision ID: 0001
Revises:
Create Date: 2026-01-05 09:30:00+00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("email", sa.String(320), nullable=False, unique=True),
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("users")
