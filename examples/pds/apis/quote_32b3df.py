# Extracted from docs/pds/apis.md:55 by `handbook extract`.
# Edit the page, not this file.
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field

app = FastAPI(title="orders", version="1.4.0")


class Quote(BaseModel):
    sku: str = Field(pattern=r"^[A-Z]{3}-\d{3}$")
    quantity: int = Field(gt=0, le=1000)


@app.post("/quotes")
async def create_quote(quote: Quote) -> dict[str, int]:
    return {"cents": quote.quantity * 250}


client = TestClient(app)
print(client.post("/quotes", json={"sku": "PEN-001", "quantity": 4}).json())
#> {'cents': 1000}
print(client.post("/quotes", json={"sku": "pen", "quantity": 0}).status_code)
#> 422
schema = client.get("/openapi.json").json()["components"]["schemas"]["Quote"]
print(schema["properties"]["quantity"])
#> {'type': 'integer', 'maximum': 1000.0, 'exclusiveMinimum': 0.0, 'title': 'Quantity'}
