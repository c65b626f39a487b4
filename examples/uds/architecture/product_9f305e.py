# Extracted from docs/uds/architecture.md:33 by `handbook extract`.
# Edit the page, not this file.
import asyncio
from typing import Protocol, TypeVar

from pydantic import BaseModel

T = TypeVar("T", bound=BaseModel)
C_contra = TypeVar("C_contra", bound=BaseModel, contravariant=True)


class Product(BaseModel):
    id: str
    name: str
    price_cents: int


class ProductChanges(BaseModel):
    name: str | None = None
    price_cents: int | None = None


class Repository(Protocol[T, C_contra]):
    async def create(self, entity: T) -> T: ...
    async def get_by_id(self, entity_id: str) -> T | None: ...
    async def update(self, entity_id: str, changes: C_contra) -> T: ...
    async def delete(self, entity_id: str) -> bool: ...
    async def list_all(self, limit: int = 100) -> list[T]: ...


class InMemoryProducts:
    def __init__(self) -> None:
        self.rows: dict[str, Product] = {}

    async def create(self, entity: Product) -> Product:
        self.rows[entity.id] = entity
        return entity

    async def get_by_id(self, entity_id: str) -> Product | None:
        return self.rows.get(entity_id)

    async def update(self, entity_id: str, changes: ProductChanges) -> Product:
        updated = self.rows[entity_id].model_copy(
            update=changes.model_dump(exclude_none=True)
        )
        self.rows[entity_id] = updated
        return updated

    async def delete(self, entity_id: str) -> bool:
        return self.rows.pop(entity_id, None) is not None

    async def list_all(self, limit: int = 100) -> list[Product]:
        return list(self.rows.values())[:limit]


async def main(products: Repository[Product, ProductChanges]) -> None:
    await products.create(Product(id="p1", name="Mug", price_cents=450))
    changed = await products.update("p1", ProductChanges(price_cents=399))
    print(changed.price_cents, await products.delete("p1"), await products.delete("p1"))
    #> 399 True False


asyncio.run(main(InMemoryProducts()))
