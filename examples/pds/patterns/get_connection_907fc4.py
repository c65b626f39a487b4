# Extracted from docs/pds/patterns.md:694 by `handbook extract`.
# Edit the page, not this file.
import sqlite3
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient

closed: list[str] = []


def get_connection() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE products (sku TEXT, stock INTEGER)")
    connection.execute("INSERT INTO products VALUES ('TEA-01', 3)")
    try:
        yield connection
    finally:
        connection.close()
        closed.append("connection")


class StockRepository:
    def __init__(
        self, connection: Annotated[sqlite3.Connection, Depends(get_connection)]
    ) -> None:
        self.connection = connection

    def stock(self, sku: str) -> int:
        row = self.connection.execute(
            "SELECT stock FROM products WHERE sku = ?", (sku,)
        ).fetchone()
        return 0 if row is None else int(row[0])


app = FastAPI()


Stock = Annotated[StockRepository, Depends()]


@app.get("/stock/{sku}")
def stock(sku: str, repository: Stock) -> dict[str, int]:
    return {"stock": repository.stock(sku)}


client = TestClient(app)
print(client.get("/stock/TEA-01").json(), closed)
#> {'stock': 3} ['connection']


class FakeStock(StockRepository):
    def __init__(self) -> None:
        pass

    def stock(self, sku: str) -> int:
        return 99


app.dependency_overrides[StockRepository] = FakeStock
print(client.get("/stock/TEA-01").json())
#> {'stock': 99}
