# Extracted from docs/uds/api-design.md:40 by `handbook extract`.
# Edit the page, not this file.
from datetime import UTC, datetime
from typing import Annotated
from uuid import uuid4

from fastapi import Depends, FastAPI, Header, HTTPException, status
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field


def utc_now() -> datetime:
    return datetime.now(UTC)


class APIResponse(BaseModel):
    success: bool
    data: dict[str, object] | None = None
    message: str = ""
    timestamp: datetime = Field(default_factory=utc_now)
    request_id: str = Field(default_factory=lambda: uuid4().hex)


class ProductCreate(BaseModel):
    sku: str = Field(pattern=r"^[A-Z0-9-]{1,20}$")
    name: str = Field(min_length=1)
    price_cents: int = Field(gt=0)


class User(BaseModel):
    name: str


class Catalogue:
    def __init__(self) -> None:
        self.products: dict[str, ProductCreate] = {}


catalogue = Catalogue()


def get_db() -> Catalogue:
    return catalogue


def get_current_user(authorization: Annotated[str, Header()] = "") -> User:
    if authorization != "Bearer demo-token":
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "not signed in")
    return User(name="ada")


app = FastAPI()


@app.post("/products/", status_code=status.HTTP_201_CREATED)
def create_product(
    product: ProductCreate,
    db: Annotated[Catalogue, Depends(get_db)],
    user: Annotated[User, Depends(get_current_user)],
) -> APIResponse:
    """Add a product to the catalogue."""
    db.products[product.sku] = product
    return APIResponse(
        success=True,
        data={"product": product.model_dump(), "created_by": user.name},
        message="Product created",
    )


client = TestClient(app)
body = {"sku": "MUG-01", "name": "Mug", "price_cents": 450}
signed_in = {"Authorization": "Bearer demo-token"}
response = client.post("/products/", json=body, headers=signed_in)
reply = response.json()
print(response.status_code, reply["data"]["created_by"], reply["success"])
#> 201 ada True
print(client.post("/products/", json=body).status_code)
#> 401
