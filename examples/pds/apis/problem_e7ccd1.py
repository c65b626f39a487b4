# Extracted from docs/pds/apis.md:610 by `handbook extract`.
# Edit the page, not this file.
from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel

PROBLEM = "application/problem+json"


class Problem(BaseModel):
    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    code: str | None = None
    trace_id: str | None = None
    errors: list[dict[str, str]] | None = None


def problem(request: Request, body: Problem) -> JSONResponse:
    body.instance = request.url.path
    body.trace_id = request.headers.get("x-request-id")
    return JSONResponse(
        body.model_dump(exclude_none=True), status_code=body.status, media_type=PROBLEM
    )


app = FastAPI()


@app.exception_handler(HTTPException)
async def http_problem(request: Request, error: HTTPException) -> JSONResponse:
    title = "Not Found" if error.status_code == 404 else "Error"
    return problem(
        request,
        Problem(title=title, status=error.status_code, detail=str(error.detail)),
    )


@app.exception_handler(RequestValidationError)
async def invalid(request: Request, error: RequestValidationError) -> JSONResponse:
    errors = [
        {"field": ".".join(map(str, e["loc"][1:])), "message": e["msg"]}
        for e in error.errors()
    ]
    body = Problem(
        type="https://errors.shop.example/validation",
        title="Invalid request",
        status=422,
        code="VALIDATION_FAILED",
        errors=errors,
    )
    return problem(request, body)


class Transfer(BaseModel):
    amount_cents: int


@app.post("/api/v1/transfers")
def transfer(body: Transfer) -> Transfer:
    return body


@app.get("/api/v1/accounts/{account_id}")
def account(account_id: int) -> dict[str, int]:
    raise HTTPException(status_code=404, detail=f"account {account_id} does not exist")


client = TestClient(app)
missing = client.get("/api/v1/accounts/42", headers={"X-Request-ID": "req-7f3a"})
print(missing.headers["content-type"])
#> application/problem+json
for field, value in missing.json().items():
    print(f"{field}: {value}")
    #> type: about:blank
    #> title: Not Found
    #> status: 404
    #> detail: account 42 does not exist
    #> instance: /api/v1/accounts/42
    #> trace_id: req-7f3a
refused = client.post("/api/v1/transfers", json={"amount_cents": "ten"}).json()
print(refused["status"], refused["code"], [e["field"] for e in refused["errors"]])
#> 422 VALIDATION_FAILED ['amount_cents']
