# Extracted from docs/pds/apis.md:849 by `handbook extract`.
# Edit the page, not this file.
from fastapi import FastAPI, status
from fastapi.testclient import TestClient
from pydantic import BaseModel


class Cart(BaseModel):
    items: list[str]


class CartPatch(BaseModel):
    add: list[str] = []


carts: dict[int, Cart] = {}
app = FastAPI()


@app.put("/carts/{cart_id}")
def replace_cart(cart_id: int, cart: Cart) -> Cart:
    carts[cart_id] = cart
    return cart


@app.patch("/carts/{cart_id}")
def patch_cart(cart_id: int, change: CartPatch) -> Cart:
    carts[cart_id].items.extend(change.add)
    return carts[cart_id]


@app.delete("/carts/{cart_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_cart(cart_id: int) -> None:
    carts.pop(cart_id, None)


client = TestClient(app)
for _ in range(2):
    print(client.put("/carts/1", json={"items": ["pen"]}).json())
    #> {'items': ['pen']}
    #> {'items': ['pen']}
for _ in range(2):
    print(client.patch("/carts/1", json={"add": ["ink"]}).json())
    #> {'items': ['pen', 'ink']}
    #> {'items': ['pen', 'ink', 'ink']}
print([client.delete("/carts/1").status_code for _ in range(2)], carts)
#> [204, 204] {}
