# Extracted from docs/pds/databases.md:689 by `handbook extract`.
# Edit the page, not this file.
from datetime import UTC, datetime

from sqlalchemy import DateTime, Dialect, TypeDecorator, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class UtcDateTime(TypeDecorator[datetime]):
    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(
        self, value: datetime | None, dialect: Dialect
    ) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            msg = f"naive datetime {value.isoformat()} refused; attach a time zone"
            raise ValueError(msg)
        return value.astimezone(UTC)

    def process_result_value(
        self, value: datetime | None, dialect: Dialect
    ) -> datetime | None:
        if value is None or value.tzinfo is not None:
            return value
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class Event(Base):
    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime())


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(Event(at=datetime.fromisoformat("2026-01-05T10:30:00+01:00")))
    session.commit()
    print(session.scalars(select(Event.at)).one().isoformat())
    #> 2026-01-05T09:30:00+00:00
    session.add(Event(at=datetime(2026, 1, 5, 9, 30)))  # noqa: DTZ001 - the mistake
    try:
        session.commit()
    except Exception as error:
        print(type(error.__cause__).__name__)
        #> ValueError
