# Extracted from docs/ppp/architecture.md:35 by `handbook extract`.
# Edit the page, not this file.
from decimal import Decimal

from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel


def shipping_cost(weight_kg: Decimal, *, express: bool) -> Decimal:
    base = Decimal("4.90") + Decimal("1.20") * weight_kg
    return (base * 2 if express else base).quantize(Decimal("0.01"))


class QuoteRequest(BaseModel):
    weight_kg: Decimal
    express: bool = False


class QuoteResponse(BaseModel):
    cost: Decimal


app = FastAPI()


@app.post("/quotes")
def create_quote(request: QuoteRequest) -> QuoteResponse:
    return QuoteResponse(cost=shipping_cost(request.weight_kg, express=request.express))


print(shipping_cost(Decimal(2), express=False))
#> 7.30
response = TestClient(app).post("/quotes", json={"weight_kg": "2", "express": True})
print(response.status_code, response.json())
#> 200 {'cost': '14.60'}
