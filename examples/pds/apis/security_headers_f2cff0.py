# Extracted from docs/pds/apis.md:1100 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from fastapi.testclient import TestClient

SECURITY_HEADERS = {
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
}

app = FastAPI()


@app.middleware("http")
async def security_headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    response = await call_next(request)
    response.headers.update(SECURITY_HEADERS)
    return response


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


headers = TestClient(app).get("/health").headers
print(all(headers[name] == value for name, value in SECURITY_HEADERS.items()))
#> True
print("x-xss-protection" in headers)
#> False
