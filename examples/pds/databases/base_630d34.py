# Extracted from docs/pds/databases.md:91 by `handbook extract`.
# Edit the page, not this file.
import asyncio

from sqlalchemy import select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str]


async def main() -> None:
    # postgresql+asyncpg://user@host/shop in a service
    engine = create_async_engine("sqlite+aiosqlite://")
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.create_all)
    async with sessions() as session, session.begin():
        session.add(Customer(email="ada@example.com"))
    async with sessions() as session:
        print((await session.scalars(select(Customer.email))).all())
        #> ['ada@example.com']
    await engine.dispose()


asyncio.run(main())
