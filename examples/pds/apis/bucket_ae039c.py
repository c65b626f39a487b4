# Extracted from docs/pds/apis.md:916 by `handbook extract`.
# Edit the page, not this file.
import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient

CAPACITY, REFILL_PER_SECOND = 3, 1.0


@dataclass
class Bucket:
    tokens: float
    updated: float


class ManualClock:
    def __init__(self) -> None:
        self.seconds = 1_767_605_400.0

    def __call__(self) -> float:
        return self.seconds


clock = ManualClock()
buckets: dict[str, Bucket] = {}
app = FastAPI()


@app.middleware("http")
async def rate_limit(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    client_id = request.headers.get("x-api-key", "anonymous")
    now = clock()
    bucket = buckets.setdefault(client_id, Bucket(CAPACITY, now))
    bucket.tokens = min(
        CAPACITY, bucket.tokens + (now - bucket.updated) * REFILL_PER_SECOND
    )
    bucket.updated = now
    wait = (
        math.ceil((1 - bucket.tokens) / REFILL_PER_SECOND) if bucket.tokens < 1 else 0
    )
    if wait:
        response: Response = JSONResponse(
            {"title": "Too Many Requests"}, status_code=429
        )
        response.headers["Retry-After"] = str(wait)
    else:
        bucket.tokens -= 1
        response = await call_next(request)
    response.headers["X-RateLimit-Limit"] = str(CAPACITY)
    response.headers["X-RateLimit-Remaining"] = str(int(bucket.tokens))
    full_in = (CAPACITY - bucket.tokens) / REFILL_PER_SECOND
    response.headers["X-RateLimit-Reset"] = str(math.ceil(now + full_in))
    return response


@app.get("/ping")
def ping() -> dict[str, bool]:
    return {"ok": True}


client = TestClient(app)
for _ in range(4):
    r = client.get("/ping", headers={"X-API-Key": "k1"})
    print(
        r.status_code, r.headers["x-ratelimit-remaining"], r.headers.get("retry-after")
    )
    #> 200 2 None
    #> 200 1 None
    #> 200 0 None
    #> 429 0 1
print(client.get("/ping", headers={"X-API-Key": "k2"}).status_code)
#> 200
clock.seconds += 1
print(client.get("/ping", headers={"X-API-Key": "k1"}).status_code)
#> 200
