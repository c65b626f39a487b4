# Extracted from docs/pds/logging.md:195 by `handbook extract`.
# Edit the page, not this file.
import io
import json
from collections.abc import Awaitable, Callable

import structlog
from fastapi import FastAPI, Request, Response
from fastapi.testclient import TestClient

stream = io.StringIO()
structlog.configure(
    processors=[
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.JSONRenderer(),
    ],
    logger_factory=structlog.WriteLoggerFactory(stream),
)
log = structlog.get_logger()


def create_app(clock: Callable[[], float]) -> FastAPI:
    app = FastAPI()

    @app.middleware("http")
    async def access_log(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(request_id="req-7f3a")
        started = clock()
        log.info("request_received", method=request.method, path=request.url.path)
        response = await call_next(request)
        duration_ms = round((clock() - started) * 1000, 1)
        log.info(
            "request_completed",
            status_code=response.status_code,
            duration_ms=duration_ms,
        )
        return response

    @app.get("/orders/{order_id}")
    def get_order(order_id: int) -> dict[str, int]:
        return {"id": order_id}

    return app


ticks = iter([100.0, 100.0425])
client = TestClient(create_app(clock=lambda: next(ticks)))
client.get("/orders/1042")
for line in stream.getvalue().splitlines():
    record = json.loads(line)
    del record["level"]
    print(" ".join(f"{key}={value}" for key, value in record.items()))
    #> method=GET path=/orders/1042 event=request_received request_id=req-7f3a
    #> status_code=200 duration_ms=42.5 event=request_completed request_id=req-7f3a
