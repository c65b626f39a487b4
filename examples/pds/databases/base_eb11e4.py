# Extracted from docs/pds/databases.md:937 by `handbook extract`.
# Edit the page, not this file.
from sqlalchemy import Engine, ForeignKey, create_engine, event, select
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    contains_eager,
    joinedload,
    mapped_column,
    relationship,
    selectinload,
)
from sqlalchemy.sql.base import ExecutableOption


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    orders: Mapped[list["Order"]] = relationship(back_populates="customer")


class Order(Base):
    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    cents: Mapped[int]
    customer: Mapped[Customer] = relationship(back_populates="orders")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
statements: list[str] = []


@event.listens_for(engine, "before_cursor_execute")
def count(*args: object) -> None:
    statements.append(str(args[2]))


def statements_for(engine: Engine, *loaders: ExecutableOption) -> tuple[int, int]:
    statements.clear()
    with Session(engine) as session:
        customers = session.scalars(select(Customer).options(*loaders)).all()
        total = sum(order.cents for customer in customers for order in customer.orders)
    return total, len(statements)


with Session(engine) as session:
    for n in range(10):
        session.add(Customer(name=f"c{n}", orders=[Order(cents=100), Order(cents=250)]))
    session.commit()

print("lazy:", statements_for(engine))
#> lazy: (3500, 11)
print("selectinload:", statements_for(engine, selectinload(Customer.orders)))
#> selectinload: (3500, 2)

with Session(engine) as session:
    statements.clear()
    orders = session.scalars(select(Order).options(joinedload(Order.customer))).all()
    names = {order.customer.name for order in orders}
    print("joinedload:", len(names), len(statements))
    #> joinedload: 10 1

    statements.clear()
    big = (
        select(Customer)
        .join(Customer.orders)
        .where(Order.cents > 200)
        .options(contains_eager(Customer.orders))
    )
    customers = session.scalars(big).unique().all()
    sizes = {len(customer.orders) for customer in customers}
    print("contains_eager:", sizes, len(statements))
    #> contains_eager: {1} 1
