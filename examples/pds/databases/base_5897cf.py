# Extracted from docs/pds/databases.md:144 by `handbook extract`.
# Edit the page, not this file.
from typing import assert_type

from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Product(Base):
    __tablename__ = "product"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    price_cents: Mapped[int]


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

with Session(engine) as session:
    session.add_all(
        [
            Product(name="pen", price_cents=120),
            Product(name="pad", price_cents=350),
            Product(name="ink", price_cents=990),
        ]
    )
    session.flush()
    cheap = select(Product.name, Product.price_cents).where(Product.price_cents < 500)
    for name, cents in session.execute(cheap.order_by(Product.name)):
        assert_type(cents, int)
        print(name, cents)
        #> pad 350
        #> pen 120
    count = session.scalar(select(func.count()).select_from(Product))
    print(count)
    #> 3
