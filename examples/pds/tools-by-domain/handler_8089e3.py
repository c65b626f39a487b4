# Extracted from docs/pds/tools-by-domain.md:324 by `handbook extract`.
# Edit the page, not this file.
import httpx


def handler(request: httpx.Request) -> httpx.Response:
    # Stands in for the remote service: no network is touched.
    if request.url.path == "/v1/orders/17":
        return httpx.Response(200, json={"id": 17, "status": "shipped"})
    return httpx.Response(404, json={"detail": "not found"})


def order_status(client: httpx.Client, order_id: int) -> str:
    response = client.get(f"/v1/orders/{order_id}")
    response.raise_for_status()
    body: dict[str, object] = response.json()
    return str(body["status"])


with httpx.Client(
    base_url="https://orders.internal",
    transport=httpx.MockTransport(handler),
    timeout=httpx.Timeout(5.0, connect=2.0),
) as client:
    print(order_status(client, 17))
    #> shipped
    try:
        order_status(client, 99)
    except httpx.HTTPStatusError as exc:
        print(exc.response.status_code)
        #> 404
