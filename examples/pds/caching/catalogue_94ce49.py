# Extracted from docs/pds/caching.md:545 by `handbook extract`.
# Edit the page, not this file.
import hashlib
import json

from fastapi import FastAPI, Request, Response
from fastapi.testclient import TestClient

CATALOGUE = {"pen": "1.20", "pad": "3.50"}
app = FastAPI()


@app.get("/api/v1/catalogue")
def catalogue(request: Request) -> Response:
    body = json.dumps(CATALOGUE, sort_keys=True)
    etag = '"' + hashlib.sha256(body.encode()).hexdigest()[:16] + '"'
    headers = {"Cache-Control": "public, max-age=300", "ETag": etag}
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="application/json", headers=headers)


client = TestClient(app)
first = client.get("/api/v1/catalogue")
print(first.status_code, first.headers["cache-control"])
#> 200 public, max-age=300
again = client.get(
    "/api/v1/catalogue", headers={"If-None-Match": first.headers["etag"]}
)
print(again.status_code, len(again.content))
#> 304 0
