# Extracted from docs/pds/tools-by-domain.md:417 by `handbook extract`.
# Edit the page, not this file.
from sqlalchemy import ForeignKey, String, create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))


class Invoice(Base):
    __tablename__ = "invoice"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    cents: Mapped[int]


engine = create_engine("sqlite+pysqlite:///:memory:")
Base.metadata.create_all(engine)

with Session(engine) as session, session.begin():
    ada = Customer(name="Ada")
    session.add(ada)
    session.flush()  # assigns ada.id
    session.add_all(
        [
            Invoice(customer_id=ada.id, cents=1250),
            Invoice(customer_id=ada.id, cents=830),
        ]
    )

with Session(engine) as session:
    query = (
        select(Customer.name, func.sum(Invoice.cents))
        .join(Invoice, Invoice.customer_id == Customer.id)
        .group_by(Customer.name)
    )
    for name, total in session.execute(query):
        print(name, total)
        #> Ada 2080
