# Extracted from docs/uds/api-design.md:191 by `handbook extract`.
# Edit the page, not this file.
from datetime import UTC, datetime

from fastapi import FastAPI, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from loguru import logger
from pydantic import BaseModel, Field


def utc_now() -> datetime:
    return datetime.now(UTC)


class ErrorResponse(BaseModel):
    success: bool = False
    error_code: str
    error_message: str
    details: list[dict[str, object]] | None = None
    timestamp: datetime = Field(default_factory=utc_now)


def error_reply(status_code: int, error: ErrorResponse) -> JSONResponse:
    return JSONResponse(status_code=status_code, content=error.model_dump(mode="json"))


app = FastAPI()


@app.exception_handler(RequestValidationError)
async def invalid_request(
    request: Request, exc: RequestValidationError
) -> JSONResponse:
    fields: list[dict[str, object]] = [
        {"loc": list(e["loc"]), "type": e["type"]} for e in exc.errors()
    ]
    error = ErrorResponse(
        error_code="VALIDATION_ERROR", error_message="invalid request", details=fields
    )
    return error_reply(status.HTTP_422_UNPROCESSABLE_CONTENT, error)


@app.exception_handler(Exception)
async def unexpected(request: Request, exc: Exception) -> JSONResponse:
    logger.opt(exception=exc).error("unhandled error on {}", request.url.path)
    error = ErrorResponse(
        error_code="INTERNAL_ERROR", error_message="Internal server error"
    )
    return error_reply(status.HTTP_500_INTERNAL_SERVER_ERROR, error)


class ProductCreate(BaseModel):
    sku: str
    price_cents: int = Field(gt=0)


@app.post("/products/")
def create_product(product: ProductCreate) -> dict[str, str]:
    if product.sku == "BROKEN":
        raise RuntimeError("connection to db-7.internal:5432 refused")
    return {"sku": product.sku}


logger.remove()
client = TestClient(app, raise_server_exceptions=False)
invalid = client.post("/products/", json={"sku": "MUG-01", "price_cents": 0})
print(invalid.status_code, invalid.json()["error_code"], invalid.json()["details"])
#> 422 VALIDATION_ERROR [{'loc': ['body', 'price_cents'], 'type': 'greater_than'}]
failed = client.post("/products/", json={"sku": "BROKEN", "price_cents": 450})
print(failed.status_code, failed.json()["error_message"], "db-7" in failed.text)
#> 500 Internal server error False
