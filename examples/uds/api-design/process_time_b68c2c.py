# Extracted from docs/uds/api-design.md:335 by `handbook extract`.
# Edit the page, not this file.
import time
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.testclient import TestClient
from loguru import logger

app = FastAPI()
app.add_middleware(GZipMiddleware, minimum_size=1000)


@app.middleware("http")
async def process_time(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    started = time.perf_counter()
    response = await call_next(request)
    elapsed = time.perf_counter() - started
    response.headers["X-Process-Time"] = f"{elapsed:.6f}"
    logger.bind(path=request.url.path, method=request.method, seconds=elapsed).info(
        "request processed"
    )
    return response


@app.get("/products/")
def products(count: int = 3) -> list[str]:
    return [f"SKU-{n:05d}" for n in range(count)]


records: list[dict[str, object]] = []
logger.remove()
logger.add(lambda message: records.append(dict(message.record["extra"])))
client = TestClient(app)
small, large = client.get("/products/"), client.get("/products/?count=500")
print(small.headers.get("content-encoding"), large.headers.get("content-encoding"))
#> None gzip
print(float(large.headers["x-process-time"]) >= 0, len(large.json()))
#> True 500
print(sorted(records[0]), records[1]["path"])
#> ['method', 'path', 'seconds'] /products/
