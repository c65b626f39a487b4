# Extracted from docs/pds/apis.md:367 by `handbook extract`.
# Edit the page, not this file.
from datetime import date
from typing import Self

from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel, ConfigDict, model_validator


class Booking(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"check_in": "2026-03-02", "nights": 3}]}
    )

    check_in: date
    nights: int

    @model_validator(mode="after")
    def stays_within_a_month(self) -> Self:
        if not 1 <= self.nights <= 30:
            raise ValueError("a booking is for 1 to 30 nights")
        return self


app = FastAPI()


@app.post("/bookings")
def book(booking: Booking) -> dict[str, str]:
    return {"check_in": booking.check_in.isoformat()}


client = TestClient(app)
refused = client.post("/bookings", json={"check_in": "2026-03-02", "nights": 45})
print(refused.status_code, refused.json()["detail"][0]["msg"])
#> 422 Value error, a booking is for 1 to 30 nights
booking_schema = client.get("/openapi.json").json()["components"]["schemas"]["Booking"]
print(booking_schema["examples"])
#> [{'check_in': '2026-03-02', 'nights': 3}]
