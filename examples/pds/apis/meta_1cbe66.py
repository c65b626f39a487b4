# Extracted from docs/pds/apis.md:508 by `handbook extract`.
# Edit the page, not this file.
import base64
import sqlite3
from typing import Annotated

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.testclient import TestClient
from pydantic import BaseModel

db = sqlite3.connect(":memory:", check_same_thread=False)
db.execute("CREATE TABLE product (id INTEGER PRIMARY KEY, name TEXT)")
db.executemany(
    "INSERT INTO product (name) VALUES (?)", [(f"item {n}",) for n in range(7)]
)


class Meta(BaseModel):
    limit: int
    cursor: str | None


class Links(BaseModel):
    next: str | None
    prev: str | None


class Page(BaseModel):
    data: list[dict[str, int | str]]
    meta: Meta
    links: Links


def encode(last_id: int) -> str:
    return base64.urlsafe_b64encode(f"id:{last_id}".encode()).decode()


def decode(cursor: str) -> int:
    try:
        return int(base64.urlsafe_b64decode(cursor).decode().removeprefix("id:"))
    except ValueError as error:
        raise HTTPException(status_code=400, detail="invalid cursor") from error


app = FastAPI()


@app.get("/api/v1/products")
def products(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    cursor: str | None = None,
) -> Page:
    after = decode(cursor) if cursor else 0
    rows = db.execute(
        "SELECT id, name FROM product WHERE id > ? ORDER BY id LIMIT ?",
        (after, limit + 1),  # one extra row says whether there is a next page
    ).fetchall()
    items = [{"id": row[0], "name": row[1]} for row in rows[:limit]]
    next_url = None
    if len(rows) > limit:
        next_cursor = encode(rows[limit - 1][0])
        next_url = str(request.url.include_query_params(cursor=next_cursor))
    return Page(
        data=items,
        meta=Meta(limit=limit, cursor=cursor),
        links=Links(next=next_url, prev=None),
    )


client = TestClient(app)
url: str | None = "/api/v1/products?limit=3"
while url is not None:
    page = client.get(url).json()
    print([item["id"] for item in page["data"]], page["links"]["next"] is not None)
    #> [1, 2, 3] True
    #> [4, 5, 6] True
    #> [7] False
    url = page["links"]["next"]
