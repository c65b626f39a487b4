# Extracted from docs/pds/testing.md:565 by `handbook extract`.
# Edit the page, not this file.
import httpx
import respx


def fetch_rate(client: httpx.Client, currency: str) -> float:
    response = client.get(f"https://rates.example.com/v1/{currency}")
    response.raise_for_status()
    return float(response.json()["rate"])


@respx.mock
def test_rate_is_read_from_the_api() -> None:
    route = respx.get("https://rates.example.com/v1/EUR").mock(
        return_value=httpx.Response(200, json={"rate": 1.08}),
    )
    with httpx.Client() as client:
        assert fetch_rate(client, "EUR") == 1.08
    assert route.call_count == 1


test_rate_is_read_from_the_api()
