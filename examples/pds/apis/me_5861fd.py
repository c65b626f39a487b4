# Extracted from docs/pds/apis.md:1027 by `handbook extract`.
# Edit the page, not this file.
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.testclient import TestClient

ORIGINS = {
    "development": ["http://localhost:3000", "http://localhost:5173"],
    "staging": ["https://staging.shop.example"],
    "production": ["https://shop.example", "https://www.shop.example"],
}

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=ORIGINS["production"],
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Authorization", "Content-Type"],
    max_age=86400,
)


@app.get("/api/v1/me")
def me() -> dict[str, str]:
    return {"name": "Ada"}


client = TestClient(app)
preflight = {"Access-Control-Request-Method": "POST"}
allowed = client.options(
    "/api/v1/me", headers={"Origin": "https://shop.example", **preflight}
)
print(allowed.status_code, allowed.headers["access-control-allow-origin"])
#> 200 https://shop.example
print(
    allowed.headers["access-control-allow-credentials"],
    allowed.headers["access-control-max-age"],
)
#> true 86400
foreign = client.options(
    "/api/v1/me", headers={"Origin": "https://evil.example", **preflight}
)
print(foreign.status_code, "access-control-allow-origin" in foreign.headers)
#> 400 False
delete = client.options(
    "/api/v1/me",
    headers={
        "Origin": "https://shop.example",
        "Access-Control-Request-Method": "DELETE",
    },
)
print(delete.status_code, delete.text)
#> 400 Disallowed CORS method
