# Extracted from docs/sdp/resilience.md:752 by `handbook extract`.
# Edit the page, not this file.
# docs/sdp/resilience.md:752
import asyncio
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

import httpx

T = TypeVar("T")
Sleep = Callable[[float], Awaitable[None]]


def seeded(seed: int) -> random.Random:
    return random.Random(seed)  # noqa: S311 - jitter needs no cryptographic randomness


@dataclass(frozen=True)
class Backoff:
    max_attempts: int = 5
    initial: float = 0.5
    multiplier: float = 2.0
    cap: float = 30.0

    def ceiling(self, retry: int) -> float:
        """The longest wait before retry number `retry` (1 for the first retry)."""
        return min(self.cap, self.initial * self.multiplier ** (retry - 1))

    def delay(self, retry: int, rng: random.Random) -> float:
        return rng.uniform(0, self.ceiling(retry))  # full jitter


class RetriesExhaustedError(Exception):
    def __init__(self, attempts: int) -> None:
        super().__init__(f"gave up after {attempts} attempts")
        self.attempts = attempts


async def retry(
    operation: Callable[[], Awaitable[T]],
    *,
    retry_on: tuple[type[Exception], ...],
    backoff: Backoff,
    rng: random.Random,
    sleep: Sleep = asyncio.sleep,
) -> T:
    attempt = 1
    while True:
        try:
            return await operation()
        except retry_on as error:
            if attempt == backoff.max_attempts:
                raise RetriesExhaustedError(attempt) from error
            await sleep(backoff.delay(attempt, rng))
            attempt += 1


class RecordedSleep:
    """Stands in for asyncio.sleep: remembers the delays instead of waiting."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(round(seconds, 3))


def failing(times: int, error: Exception) -> Callable[[], Awaitable[str]]:
    calls: list[int] = []

    async def operation() -> str:
        calls.append(1)
        if len(calls) <= times:
            raise error
        return f"ok on attempt {len(calls)}"

    return operation


async def main() -> tuple[str, list[float]]:
    sleep = RecordedSleep()
    result = await retry(
        failing(3, ConnectionError("reset by peer")),
        retry_on=(ConnectionError, TimeoutError),
        backoff=Backoff(),
        rng=seeded(42),
        sleep=sleep,
    )
    return result, sleep.delays


print(*asyncio.run(main()))
#> ok on attempt 4 [0.32, 0.025, 0.55]


# docs/sdp/resilience.md:852
def busiest_slot(delays: list[float]) -> int:
    slots: dict[int, int] = {}
    for delay in delays:
        slot = int(delay * 10)
        slots[slot] = slots.get(slot, 0) + 1
    return max(slots.values())


rng = seeded(7)
policy = Backoff()
no_jitter = [policy.ceiling(3) for _ in range(1000)]
plus_minus = [policy.ceiling(3) + rng.uniform(-0.25, 0.25) for _ in range(1000)]
full = [policy.delay(3, rng) for _ in range(1000)]
print(busiest_slot(no_jitter), busiest_slot(plus_minus), busiest_slot(full))
#> 1000 228 62


# docs/sdp/resilience.md:891
async def exhausted() -> str:
    sleep = RecordedSleep()
    try:
        await retry(
            failing(10, TimeoutError("no answer in 2s")),
            retry_on=(TimeoutError,),
            backoff=Backoff(max_attempts=3),
            rng=seeded(1),
            sleep=sleep,
        )
    except RetriesExhaustedError as error:
        return f"{error} | cause: {error.__cause__!r} | waits: {len(sleep.delays)}"
    return "succeeded"


print(asyncio.run(exhausted()))
#> gave up after 3 attempts | cause: TimeoutError('no answer in 2s') | waits: 2


# docs/sdp/resilience.md:923
TRANSIENT = {429, 500, 502, 503, 504}


class TransientHTTPError(Exception):
    pass


def server(statuses: list[int], seen: list[int]) -> httpx.AsyncClient:
    def respond(request: httpx.Request) -> httpx.Response:
        seen.append(1)
        return httpx.Response(statuses.pop(0), request=request)

    return httpx.AsyncClient(transport=httpx.MockTransport(respond))


async def get_json(client: httpx.AsyncClient, url: str) -> str:
    response = await client.get(url)
    if response.status_code in TRANSIENT:
        raise TransientHTTPError(f"{response.status_code} from {url}")
    response.raise_for_status()
    return response.text


async def both_kinds() -> list[str]:
    report: list[str] = []
    for statuses in ([503, 502, 200], [404, 200, 200]):
        seen: list[int] = []
        async with server(statuses, seen) as client:
            try:
                await retry(
                    lambda: get_json(client, "https://catalog.test/items/7"),
                    retry_on=(TransientHTTPError, httpx.TransportError),
                    backoff=Backoff(),
                    rng=seeded(0),
                    sleep=RecordedSleep(),
                )
                outcome = "succeeded"
            except httpx.HTTPStatusError as error:
                outcome = f"failed at once: {error.response.status_code}"
        report.append(f"{outcome} after {len(seen)} request(s)")
    return report


for line in asyncio.run(both_kinds()):
    print(line)
    #> succeeded after 3 request(s)
    #> failed at once: 404 after 1 request(s)


# docs/sdp/resilience.md:992
class PaymentService:
    def __init__(self) -> None:
        self.charges: list[Decimal] = []
        self.seen: dict[str, int] = {}
        self._drop_next_reply = True

    async def charge(self, amount: Decimal, key: str | None = None) -> int:
        if key is not None and key in self.seen:
            return self.seen[key]  # a repeat: answer as before, charge nothing
        self.charges.append(amount)
        charge_id = len(self.charges)
        if key is not None:
            self.seen[key] = charge_id
        if self._drop_next_reply:
            self._drop_next_reply = False
            raise TimeoutError("reply lost on the way back")
        return charge_id


async def pay(with_key: bool) -> list[Decimal]:
    service = PaymentService()
    key = "order-1042-payment" if with_key else None  # made once, before any attempt
    await retry(
        lambda: service.charge(Decimal("49.90"), key),
        retry_on=(TimeoutError,),
        backoff=Backoff(),
        rng=seeded(0),
        sleep=RecordedSleep(),
    )
    return service.charges


print("without a key:", asyncio.run(pay(with_key=False)))
#> without a key: [Decimal('49.90'), Decimal('49.90')]
print("with a key:   ", asyncio.run(pay(with_key=True)))
#> with a key:    [Decimal('49.90')]
