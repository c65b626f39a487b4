# Extracted from docs/pds/containers.md:235 by `handbook extract`.
# Edit the page, not this file.
import sqlite3
from collections.abc import Callable

from fastapi import FastAPI, Response, status
from fastapi.testclient import TestClient

Check = Callable[[], bool]


def database_up(connection: sqlite3.Connection) -> Check:
    def check() -> bool:
        try:
            connection.execute("SELECT 1")
        except sqlite3.Error:
            return False
        return True

    return check


def create_app(checks: dict[str, Check], started: Callable[[], bool]) -> FastAPI:
    app = FastAPI()

    @app.get("/health/live")
    def live() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/health/ready")
    def ready(response: Response) -> dict[str, bool]:
        results = {name: check() for name, check in checks.items()}
        if not all(results.values()):
            response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
        return results

    @app.get("/health/startup")
    def startup(response: Response) -> dict[str, bool]:
        if not started():
            response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
        return {"started": started()}

    return app


db = sqlite3.connect(":memory:", check_same_thread=False)
client = TestClient(create_app({"database": database_up(db)}, started=lambda: True))
print(client.get("/health/ready").status_code, client.get("/health/ready").json())
#> 200 {'database': True}

db.close()  # the database goes away
print(client.get("/health/ready").status_code, client.get("/health/ready").json())
#> 503 {'database': False}
print(client.get("/health/live").status_code)
#> 200
