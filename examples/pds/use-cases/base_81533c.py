# Extracted from docs/pds/use-cases.md:411 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Generator
from contextlib import contextmanager

from sqlalchemy import CheckConstraint, create_engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Stock(Base):
    __tablename__ = "stock"
    __table_args__ = (CheckConstraint("quantity >= 0"),)

    sku: Mapped[str] = mapped_column(primary_key=True)
    quantity: Mapped[int]


class Order(Base):
    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str]
    quantity: Mapped[int]


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)


@contextmanager
def unit_of_work() -> Generator[Session, None, None]:
    with Session(engine) as session, session.begin():  # commit, or roll back on error
        yield session


def place_order(sku: str, quantity: int) -> str:
    try:
        with unit_of_work() as session:
            session.add(Order(sku=sku, quantity=quantity))
            stock = session.get_one(Stock, sku)
            stock.quantity -= quantity
            session.flush()  # the CHECK constraint fires here when stock runs out
    except IntegrityError:
        return "refused: not enough stock"
    return "placed"


with unit_of_work() as session:
    session.add(Stock(sku="PEN-01", quantity=5))
print(place_order("PEN-01", 3), place_order("PEN-01", 3))
#> placed refused: not enough stock
with Session(engine) as session:
    orders = session.scalars(select(Order.quantity)).all()
    print(session.get_one(Stock, "PEN-01").quantity, list(orders))
    #> 2 [3]
