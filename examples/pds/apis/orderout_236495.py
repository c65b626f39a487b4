# Extracted from docs/pds/apis.md:120 by `handbook extract`.
# Edit the page, not this file.
from typing import Annotated, Protocol

from fastapi import APIRouter, Depends, FastAPI, HTTPException
from fastapi.testclient import TestClient
from pydantic import BaseModel


# schemas
class OrderOut(BaseModel):
    id: int
    status: str


# repositories
class OrderRepository(Protocol):
    def status_of(self, order_id: int) -> str | None: ...


class DatabaseOrders:
    def status_of(self, order_id: int) -> str | None:
        raise NotImplementedError("talks to PostgreSQL in production")


# services
class Ordering:
    def __init__(self, orders: OrderRepository) -> None:
        self.orders = orders

    def find(self, order_id: int) -> OrderOut | None:
        status = self.orders.status_of(order_id)
        return None if status is None else OrderOut(id=order_id, status=status)


# dependencies
def get_repository() -> OrderRepository:
    return DatabaseOrders()


def get_ordering(
    orders: Annotated[OrderRepository, Depends(get_repository)],
) -> Ordering:
    return Ordering(orders)


# routers
router = APIRouter(prefix="/orders", tags=["orders"])


@router.get("/{order_id}")
def read_order(
    order_id: int, ordering: Annotated[Ordering, Depends(get_ordering)]
) -> OrderOut:
    found = ordering.find(order_id)
    if found is None:
        raise HTTPException(status_code=404, detail="no such order")
    return found


app = FastAPI()
app.include_router(router)


class StubOrders:
    def status_of(self, order_id: int) -> str | None:
        return {7: "shipped"}.get(order_id)


app.dependency_overrides[get_repository] = StubOrders
client = TestClient(app)
print(client.get("/orders/7").json(), client.get("/orders/8").status_code)
#> {'id': 7, 'status': 'shipped'} 404
