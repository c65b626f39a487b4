# Extracted from docs/pds/patterns.md:148 by `handbook extract`.
# Edit the page, not this file.
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient


class AppError(Exception):
    status_code = 500


class NotFoundError(AppError):
    status_code = 404


app = FastAPI()


@app.exception_handler(AppError)
async def app_error(request: Request, error: Exception) -> JSONResponse:
    status = error.status_code if isinstance(error, AppError) else 500
    body = {"error": type(error).__name__, "detail": str(error)}
    return JSONResponse(status_code=status, content=body)


@app.get("/orders/{order_id}")
def get_order(order_id: int) -> dict[str, int]:
    raise NotFoundError(f"order {order_id} does not exist")


response = TestClient(app).get("/orders/1042")
print(response.status_code, response.json())
#> 404 {'error': 'NotFoundError', 'detail': 'order 1042 does not exist'}
