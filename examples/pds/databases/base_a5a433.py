# Extracted from docs/pds/databases.md:540 by `handbook extract`.
# Edit the page, not this file.
from datetime import UTC, datetime

from sqlalchemy import DateTime, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Product(Base):
    __tablename__ = "product"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


def live_products() -> list[str]:
    query = select(Product.name).where(Product.deleted_at.is_(None))
    return list(session.scalars(query.order_by(Product.id)))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    pen, pad = Product(name="pen"), Product(name="pad")
    session.add_all([pen, pad])
    session.flush()
    pad.deleted_at = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)  # "delete" it
    print(live_products())
    #> ['pen']
    pad.deleted_at = None  # and restore it
    print(live_products())
    #> ['pen', 'pad']
