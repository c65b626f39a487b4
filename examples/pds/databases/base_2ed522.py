# Extracted from docs/pds/databases.md:773 by `handbook extract`.
# Edit the page, not this file.
import uuid

from sqlalchemy import create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Order(Base):
    __tablename__ = "orders"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    reference: Mapped[str]


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    client_side = uuid.uuid4()  # known before the insert, e.g. sent by a mobile app
    session.add_all([Order(id=client_side, reference="A-1"), Order(reference="A-2")])
    session.commit()
    ids = session.scalars(select(Order.id)).all()
    print(client_side in ids, {key.version for key in ids}, len(ids))
    #> True {4} 2
