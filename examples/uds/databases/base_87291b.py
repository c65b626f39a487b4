# Extracted from docs/uds/databases.md:171 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Generator
from contextlib import contextmanager

from sqlalchemy import String, create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker


class Base(DeclarativeBase):
    pass


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(50))


class DatabaseManager:
    def __init__(self, url: str) -> None:
        self.engine = create_engine(url, pool_pre_ping=True, pool_recycle=300)
        self.sessions = sessionmaker(bind=self.engine)

    @contextmanager
    def session(self) -> Generator[Session, None, None]:
        with self.sessions.begin() as session:
            yield session


def checkout(session: Session) -> None:
    session.add(Order(sku="CAP-02"))
    raise RuntimeError("payment declined")


database = DatabaseManager("sqlite:///orders.db")
Base.metadata.create_all(database.engine)
with database.session() as session:
    session.add(Order(sku="MUG-01"))
try:
    with database.session() as session:
        checkout(session)
except RuntimeError:
    pass
with database.session() as session:
    print(session.scalar(select(func.count()).select_from(Order)))
    #> 1
