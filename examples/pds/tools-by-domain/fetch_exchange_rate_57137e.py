# Extracted from docs/pds/tools-by-domain.md:751 by `handbook extract`.
# Edit the page, not this file.
from tenacity import (
    retry,
    retry_if_exception_type,
    stop_after_attempt,
    wait_none,
)

calls: list[int] = []


@retry(
    retry=retry_if_exception_type(ConnectionError),
    stop=stop_after_attempt(3),
    wait=wait_none(),  # production code: wait_exponential_jitter(initial=0.2, max=5)
    reraise=True,
)
def fetch_exchange_rate(currency: str) -> float:
    calls.append(len(calls) + 1)
    if len(calls) < 3:
        raise ConnectionError("upstream reset the connection")
    return 1.08 if currency == "USD" else 1.0


print(fetch_exchange_rate("USD"), calls)
#> 1.08 [1, 2, 3]
