# Extracted from docs/pds/databases.md:49 by `handbook extract`.
# Edit the page, not this file.
from datetime import date

from sqlalchemy import String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    phone: Mapped[str | None] = mapped_column(String(32))
    since: Mapped[date]


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
print({column.name: column.nullable for column in Customer.__table__.columns})
#> {'id': False, 'email': False, 'phone': True, 'since': False}

with Session(engine) as session:
    session.add(Customer(email="ada@example.com", since=date(2025, 3, 1)))
    session.commit()
    first = session.scalars(select(Customer)).one()
    print(first.email, first.phone)
    #> ada@example.com None
