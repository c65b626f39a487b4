# Extracted from docs/pds/patterns.md:1055 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Iterator

from fastapi import FastAPI
from fastapi.responses import StreamingResponse
from fastapi.testclient import TestClient
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.pool import StaticPool

# One in-memory database shared by the threads that serve the response.
engine = create_engine(
    "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
)
with engine.begin() as setup:
    setup.execute(text("CREATE TABLE orders (id INTEGER, total TEXT)"))
    setup.execute(
        text("INSERT INTO orders VALUES (:id, :total)"),
        [{"id": n, "total": f"{n}.50"} for n in range(1, 2_001)],
    )


def csv_rows(db: Engine) -> Iterator[str]:
    yield "id,total\n"
    with db.connect() as connection:
        result = connection.execution_options(yield_per=500).execute(
            text("SELECT id, total FROM orders ORDER BY id")
        )
        for order_id, total in result:
            yield f"{order_id},{total}\n"


app = FastAPI()


@app.get("/orders.csv")
def export() -> StreamingResponse:
    return StreamingResponse(csv_rows(engine), media_type="text/csv")


body = TestClient(app).get("/orders.csv").text.splitlines()
print(len(body), body[:2], body[-1])
#> 2001 ['id,total', '1,1.50'] 2000,2000.50
