# Extracted from docs/uds/api-design.md:139 by `handbook extract`.
# Edit the page, not this file.
from datetime import UTC, datetime

from fastapi import FastAPI, HTTPException
from fastapi.testclient import TestClient
from pydantic import BaseModel


class ErrorResponse(BaseModel):
    success: bool = False
    error_code: str
    timestamp: datetime


app = FastAPI()


@app.get("/fails")
def fails() -> None:
    error = ErrorResponse(error_code="VALIDATION_ERROR", timestamp=datetime.now(UTC))
    raise HTTPException(status_code=422, detail=error.model_dump())


try:
    TestClient(app).get("/fails")
except TypeError as problem:
    print(problem)
    #> Object of type datetime is not JSON serializable
