# Extracted from docs/uds/testing-standards.md:343 by `handbook extract`.
# Edit the page, not this file.
import asyncio
from collections import Counter

import httpx
import pytest
from fastapi import FastAPI, HTTPException


def build_app(stock: int) -> FastAPI:
    app = FastAPI()
    state = {"stock": stock}
    lock = asyncio.Lock()

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/reservations")
    async def reserve() -> dict[str, int]:
        async with lock:
            await asyncio.sleep(0)
            if state["stock"] == 0:
                raise HTTPException(status_code=409, detail="sold out")
            state["stock"] -= 1
            return {"left": state["stock"]}

    return app


async def fire(app: FastAPI, method: str, path: str, count: int) -> Counter[int]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        replies = await asyncio.gather(
            *(client.request(method, path) for _ in range(count))
        )
    return Counter(reply.status_code for reply in replies)


@pytest.mark.load
def test_fifty_concurrent_reservations() -> None:
    outcomes = asyncio.run(fire(build_app(stock=48), "POST", "/reservations", 50))
    assert outcomes == Counter({200: 48, 409: 2})
    assert outcomes[200] / sum(outcomes.values()) >= 0.95


outcomes = asyncio.run(fire(build_app(stock=48), "POST", "/reservations", 50))
print(sorted(outcomes.items()), f"{outcomes[200] / 50:.0%}")
#> [(200, 48), (409, 2)] 96%
print(asyncio.run(fire(build_app(stock=0), "GET", "/health", 50)))
#> Counter({200: 50})
test_fifty_concurrent_reservations()
