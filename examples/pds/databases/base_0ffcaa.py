# Extracted from docs/pds/databases.md:1034 by `handbook extract`.
# Edit the page, not this file.
from sqlalchemy import create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Product(Base):
    __tablename__ = "product"

    sku: Mapped[str] = mapped_column(primary_key=True)
    price_cents: Mapped[int]


def prices(session: Session, skus: list[str], chunk: int = 500) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(skus), chunk):
        part = skus[start : start + chunk]
        query = select(Product.sku, Product.price_cents).where(Product.sku.in_(part))
        found.update((sku, cents) for sku, cents in session.execute(query))
    return found


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all(Product(sku=f"SKU-{n:04d}", price_cents=n) for n in range(1200))
    session.commit()
    wanted = [f"SKU-{n:04d}" for n in range(0, 1200, 3)] + ["SKU-9999"]
    result = prices(session, wanted, chunk=200)
    print(len(wanted), len(result), result["SKU-0300"])
    #> 401 400 300
