# Extracted from docs/pds/databases.md:659 by `handbook extract`.
# Edit the page, not this file.
from datetime import UTC, datetime

from sqlalchemy import DateTime, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Event(Base):
    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(Event(at=datetime(2026, 1, 5, 9, 30, tzinfo=UTC)))
    session.commit()
    print(session.scalars(select(Event.at)).one().tzinfo)
    #> None
