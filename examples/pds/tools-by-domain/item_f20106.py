# Extracted from docs/pds/tools-by-domain.md:285 by `handbook extract`.
# Edit the page, not this file.
from fastapi import FastAPI, HTTPException
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field

app = FastAPI(title="inventory")


class Item(BaseModel):
    sku: str = Field(min_length=3)
    quantity: int = Field(ge=0)


STOCK: dict[str, int] = {"ABC-1": 12}


@app.get("/items/{sku}")
def read_item(sku: str) -> Item:
    if sku not in STOCK:
        raise HTTPException(status_code=404, detail="unknown SKU")
    return Item(sku=sku, quantity=STOCK[sku])


client = TestClient(app)
print(client.get("/items/ABC-1").json())
#> {'sku': 'ABC-1', 'quantity': 12}
print(client.get("/items/XYZ-9").status_code)
#> 404
