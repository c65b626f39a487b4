# Extracted from docs/pds/apis.md:421 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Iterator

import httpx
from tenacity import (
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential,
)

replies: Iterator[int] = iter([503, 502, 200])
pauses: list[float] = []


def partner(request: httpx.Request) -> httpx.Response:
    status = next(replies)
    return httpx.Response(status, json={"rate": "1.08"} if status == 200 else {})


def is_transient(error: BaseException) -> bool:
    if isinstance(error, httpx.TransportError):
        return True
    return isinstance(error, httpx.HTTPStatusError) and error.response.status_code in {
        502,
        503,
        504,
    }


retrying = Retrying(
    retry=retry_if_exception(is_transient),
    wait=wait_exponential(multiplier=0.5, max=8),
    stop=stop_after_attempt(4),
    sleep=pauses.append,  # a test records the pauses instead of sleeping
    reraise=True,
)

with httpx.Client(
    base_url="https://rates.partner.example",
    transport=httpx.MockTransport(partner),
    timeout=httpx.Timeout(10.0, connect=2.0),
) as client:

    def fetch_rate() -> str:
        response = client.get("/v1/rates/EUR")
        response.raise_for_status()
        return str(response.json()["rate"])

    rate = retrying(fetch_rate)
print(rate, pauses)
#> 1.08 [0.5, 1.0]
