# Extracted from docs/pds/databases.md:199 by `handbook extract`.
# Edit the page, not this file.
from typing import Protocol

from sqlalchemy import create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(unique=True)


class Customers(Protocol):
    def by_email(self, email: str) -> Customer | None: ...
    def add(self, customer: Customer) -> None: ...


class SqlCustomers:
    def __init__(self, session: Session) -> None:
        self._session = session

    def by_email(self, email: str) -> Customer | None:
        query = select(Customer).where(Customer.email == email)
        return self._session.scalars(query).one_or_none()

    def add(self, customer: Customer) -> None:
        self._session.add(customer)


class InMemoryCustomers:
    def __init__(self) -> None:
        self.rows: dict[str, Customer] = {}

    def by_email(self, email: str) -> Customer | None:
        return self.rows.get(email)

    def add(self, customer: Customer) -> None:
        self.rows[customer.email] = customer


def register(customers: Customers, email: str) -> str:
    normalised = email.strip().lower()
    if customers.by_email(normalised) is not None:
        return "already registered"
    customers.add(Customer(email=normalised))
    return "registered"


# In a unit test: no database at all.
fake = InMemoryCustomers()
print(register(fake, "Ada@Example.com"), register(fake, "ada@example.com "))
#> registered already registered

# In the service: the same function against SQLAlchemy.
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    repository = SqlCustomers(session)
    first = register(repository, "bob@example.com")
    print(first, register(repository, "BOB@example.com"))
    #> registered already registered
