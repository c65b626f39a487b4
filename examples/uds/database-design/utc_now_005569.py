# Extracted from docs/uds/database-design.md:95 by `handbook extract`.
# Edit the page, not this file.
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Index, String, Text, create_engine, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.schema import CreateIndex


def utc_now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class AuditedModel(Base):
    """Identity, audit trail and soft delete: every table inherits these columns."""

    __abstract__ = True

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utc_now
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utc_now, onupdate=utc_now
    )
    created_by: Mapped[str | None] = mapped_column(String(100))
    updated_by: Mapped[str | None] = mapped_column(String(100))
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    deleted_by: Mapped[str | None] = mapped_column(String(100))


class Product(AuditedModel):
    __tablename__ = "products"

    sku: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    specifications: Mapped[dict[str, Any]] = mapped_column(
        JSON().with_variant(postgresql.JSONB(), "postgresql"), default=dict
    )
    search_vector: Mapped[str | None] = mapped_column(
        Text().with_variant(postgresql.TSVECTOR(), "postgresql")
    )

    __table_args__ = (
        Index("ix_products_created", "created_at"),
        Index("ix_products_sku_and_name", "sku", "name"),
        Index("ix_products_fulltext", "search_vector", postgresql_using="gin"),
        Index("ix_products_specifications", "specifications", postgresql_using="gin"),
    )


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    widget = Product(sku="PROD-001", name="Widget", created_by="importer")
    session.add(widget)
    session.commit()
    widget.deleted_at, widget.deleted_by = utc_now(), "ada"
    session.commit()
    live = session.scalars(select(Product).where(Product.deleted_at.is_(None))).all()
    print("live products:", len(live), "| deleted by:", widget.deleted_by)
    #> live products: 0 | deleted by: ada

# The same indexes as PostgreSQL receives them:
products = Base.metadata.tables["products"]
for index in sorted(products.indexes, key=lambda index: str(index.name)):
    print(CreateIndex(index).compile(dialect=postgresql.dialect()))
    #> CREATE INDEX ix_products_created ON products (created_at)
    #> CREATE INDEX ix_products_fulltext ON products USING gin (search_vector)
    #> CREATE INDEX ix_products_sku_and_name ON products (sku, name)
    #> CREATE INDEX ix_products_specifications ON products USING gin (specifications)
