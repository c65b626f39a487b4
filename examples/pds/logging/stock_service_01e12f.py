# Extracted from docs/pds/logging.md:447 by `handbook extract`.
# Edit the page, not this file.
import io
import json
import uuid
from collections.abc import Awaitable, Callable

import httpx
import structlog
from fastapi import FastAPI, Request, Response
from fastapi.testclient import TestClient

HEADER = "X-Request-ID"
stream = io.StringIO()
structlog.configure(
    processors=[
        structlog.contextvars.merge_contextvars,
        structlog.processors.JSONRenderer(),
    ],
    logger_factory=structlog.WriteLoggerFactory(stream),
)
log = structlog.get_logger()
seen_by_stock_service: list[str] = []


def stock_service(request: httpx.Request) -> httpx.Response:
    seen_by_stock_service.append(request.headers[HEADER])
    return httpx.Response(200, json={"in_stock": 3})


def create_app(new_id: Callable[[], str], stock: httpx.Client) -> FastAPI:
    app = FastAPI()

    @app.middleware("http")
    async def request_id(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        rid = request.headers.get(HEADER) or new_id()
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(request_id=rid)
        response = await call_next(request)
        response.headers[HEADER] = rid
        return response

    @app.get("/products/{sku}")
    def product(sku: str) -> dict[str, int]:
        rid = structlog.contextvars.get_contextvars()["request_id"]
        reply = stock.get(f"/stock/{sku}", headers={HEADER: rid})
        log.info("stock_checked", sku=sku)
        return reply.json()

    return app


stock = httpx.Client(
    base_url="http://stock.internal", transport=httpx.MockTransport(stock_service)
)
client = TestClient(create_app(lambda: str(uuid.UUID(int=7)), stock))
forwarded = client.get("/products/TEA-01", headers={HEADER: "req-from-gateway"})
print(forwarded.headers[HEADER])
#> req-from-gateway
print(client.get("/products/TEA-01").headers[HEADER])
#> 00000000-0000-0000-0000-000000000007
print(seen_by_stock_service)
#> ['req-from-gateway', '00000000-0000-0000-0000-000000000007']
print([json.loads(line)["request_id"] for line in stream.getvalue().splitlines()])
#> ['req-from-gateway', '00000000-0000-0000-0000-000000000007']
