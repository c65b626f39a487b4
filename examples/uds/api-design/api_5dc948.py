# Extracted from docs/uds/api-design.md:281 by `handbook extract`.
# Edit the page, not this file.
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.testclient import TestClient


def api(origins: list[str]) -> TestClient:
    app = FastAPI()
    app.add_middleware(
        CORSMiddleware,
        allow_origins=origins,
        allow_credentials=True,
        allow_methods=["GET", "POST"],
        allow_headers=["Authorization", "Content-Type"],
    )

    @app.get("/products/")
    def products() -> list[str]:
        return ["MUG-01"]

    return TestClient(app)


preflight = {"Origin": "http://localhost:3000", "Access-Control-Request-Method": "GET"}
for origins in (["localhost"], ["http://localhost:3000"]):
    reply = api(origins).options("/products/", headers=preflight)
    print(origins, reply.status_code, reply.headers.get("access-control-allow-origin"))
    #> ['localhost'] 400 None
    #> ['http://localhost:3000'] 200 http://localhost:3000
