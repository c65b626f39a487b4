# Extracted from docs/pds/databases.md:591 by `handbook extract`.
# Edit the page, not this file.
from contextvars import ContextVar
from datetime import UTC, datetime

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

current_user: ContextVar[str] = ContextVar("current_user", default="system")
now = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)


def clock() -> datetime:
    return now


def user() -> str:
    return current_user.get()


class Base(DeclarativeBase):
    pass


class Audited:
    created_at: Mapped[datetime] = mapped_column(default=clock)
    updated_at: Mapped[datetime] = mapped_column(default=clock, onupdate=clock)
    created_by: Mapped[str] = mapped_column(default=user)
    updated_by: Mapped[str] = mapped_column(default=user, onupdate=user)


class Order(Audited, Base):
    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str]


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    current_user.set("ada")
    order = Order(status="new")
    session.add(order)
    session.commit()

    current_user.set("bob")
    now = datetime(2026, 1, 6, 14, 0, tzinfo=UTC)
    order.status = "shipped"
    session.commit()
    print("created", order.created_by, order.created_at.date())
    #> created ada 2026-01-05
    print("updated", order.updated_by, order.updated_at.date())
    #> updated bob 2026-01-06
