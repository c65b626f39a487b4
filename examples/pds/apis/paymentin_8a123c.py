# Extracted from docs/pds/apis.md:727 by `handbook extract`.
# Edit the page, not this file.
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Annotated

from fastapi import FastAPI, Header, HTTPException, Response
from fastapi.testclient import TestClient
from pydantic import BaseModel

KEEP = timedelta(hours=24)


class PaymentIn(BaseModel):
    amount: Decimal
    currency: str


class PaymentOut(BaseModel):
    id: str
    amount: Decimal
    currency: str


@dataclass
class Saved:
    request: PaymentIn
    response: PaymentOut | None  # None: the first attempt failed
    expires_at: datetime


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


clock: Callable[[], datetime] = FakeClock()
keys: dict[uuid.UUID, Saved] = {}
charges: list[PaymentIn] = []
app = FastAPI()


@app.post("/api/v1/payments", status_code=201)
def create_payment(
    body: PaymentIn,
    response: Response,
    idempotency_key: Annotated[uuid.UUID, Header()],
) -> PaymentOut:
    saved = keys.get(idempotency_key)
    if saved is not None:
        if clock() >= saved.expires_at:
            raise HTTPException(status_code=409, detail="idempotency key expired")
        if saved.request != body:
            raise HTTPException(
                status_code=422, detail="key reused for another request"
            )
        if saved.response is not None:
            response.headers["Idempotent-Replayed"] = "true"
            return saved.response
    charges.append(body)  # the work that must happen once
    result = PaymentOut(id=f"pay_{len(charges)}", **body.model_dump())
    keys[idempotency_key] = Saved(body, result, clock() + KEEP)
    return result


client = TestClient(app)
key = {"Idempotency-Key": str(uuid.uuid4())}
payment = {"amount": "19.99", "currency": "EUR"}
first = client.post("/api/v1/payments", json=payment, headers=key)
again = client.post("/api/v1/payments", json=payment, headers=key)
print(
    first.json() == again.json(), again.headers.get("idempotent-replayed"), len(charges)
)
#> True true 1
other = client.post("/api/v1/payments", json={**payment, "amount": "5.00"}, headers=key)
print(other.status_code)
#> 422
assert isinstance(clock, FakeClock)
clock.now += KEEP
print(
    client.post("/api/v1/payments", json=payment, headers=key).status_code, len(charges)
)
#> 409 1
