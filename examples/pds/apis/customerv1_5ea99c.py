# Extracted from docs/pds/apis.md:220 by `handbook extract`.
# Edit the page, not this file.
from fastapi import APIRouter, FastAPI, Response
from fastapi.testclient import TestClient
from pydantic import BaseModel


class CustomerV1(BaseModel):
    id: int
    name: str


class CustomerV2(BaseModel):
    id: int
    given_name: str
    family_name: str


v1 = APIRouter(prefix="/api/v1", tags=["v1"])
v2 = APIRouter(prefix="/api/v2", tags=["v2"])


@v1.get("/customers/{customer_id}", deprecated=True)
def customer_v1(customer_id: int, response: Response) -> CustomerV1:
    response.headers["Deprecation"] = "@1767225600"  # 2026-01-01, RFC 9745 date
    response.headers["Sunset"] = "Wed, 01 Jul 2026 00:00:00 GMT"
    response.headers["Link"] = '</api/v2/customers>; rel="successor-version"'
    return CustomerV1(id=customer_id, name="Ada Lovelace")


@v2.get("/customers/{customer_id}")
def customer_v2(customer_id: int) -> CustomerV2:
    return CustomerV2(id=customer_id, given_name="Ada", family_name="Lovelace")


app = FastAPI()
app.include_router(v1)
app.include_router(v2)

client = TestClient(app)
old = client.get("/api/v1/customers/1")
print(old.json(), old.headers["sunset"])
#> {'id': 1, 'name': 'Ada Lovelace'} Wed, 01 Jul 2026 00:00:00 GMT
print(client.get("/api/v2/customers/1").json())
#> {'id': 1, 'given_name': 'Ada', 'family_name': 'Lovelace'}
paths = client.get("/openapi.json").json()["paths"]
print({path: op["get"].get("deprecated", False) for path, op in paths.items()})
#> {'/api/v1/customers/{customer_id}': True, '/api/v2/customers/{customer_id}': False}
