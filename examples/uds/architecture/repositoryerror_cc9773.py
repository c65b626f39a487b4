# Extracted from docs/uds/architecture.md:155 by `handbook extract`.
# Edit the page, not this file.
import asyncio
import sqlite3

from loguru import logger
from pydantic import BaseModel


class RepositoryError(Exception):
    """Storage refused or failed an operation."""


class Product(BaseModel):
    id: str
    name: str


class SqliteProducts:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        connection.execute("CREATE TABLE products (id TEXT PRIMARY KEY, name TEXT)")

    async def create(self, entity: Product) -> Product:
        try:
            with self.connection:
                self.connection.execute(
                    "INSERT INTO products (id, name) VALUES (?, ?)",
                    (entity.id, entity.name),
                )
        except sqlite3.Error as error:
            logger.error("could not create product {}: {}", entity.id, error)
            raise RepositoryError(f"create failed for {entity.id}") from error
        return entity


async def main() -> None:
    products = SqliteProducts(sqlite3.connect(":memory:"))
    await products.create(Product(id="p1", name="Mug"))
    try:
        await products.create(Product(id="p1", name="Cup"))
    except RepositoryError as error:
        print(error, "<-", type(error.__cause__).__name__)
        #> create failed for p1 <- IntegrityError


logger.remove()
asyncio.run(main())
