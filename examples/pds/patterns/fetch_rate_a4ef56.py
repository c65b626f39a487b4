# Extracted from docs/pds/patterns.md:268 by `handbook extract`.
# Edit the page, not this file.
import httpx
from tenacity import (
    retry,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential,
)

waits: list[float] = []
attempts = iter([httpx.ConnectTimeout("slow"), httpx.ConnectError("refused"), None])


@retry(
    retry=retry_if_exception_type(httpx.TransportError),
    wait=wait_exponential(multiplier=0.5, max=8),
    stop=stop_after_attempt(4),
    sleep=waits.append,
    reraise=True,
)
def fetch_rate() -> float:
    failure = next(attempts)
    if failure is not None:
        raise failure
    return 1.08


print(fetch_rate(), waits)
#> 1.08 [0.5, 1.0]
