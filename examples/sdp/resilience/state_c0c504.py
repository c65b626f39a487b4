# Extracted from docs/sdp/resilience.md:56 by `handbook extract`.
# Edit the page, not this file.
# docs/sdp/resilience.md:56
import asyncio
import functools
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import TypeVar

import httpx
from fastapi import FastAPI, Response
from fastapi.testclient import TestClient

T = TypeVar("T")


class State(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half-open"


class CircuitOpenError(Exception):
    def __init__(self, name: str, retry_in: float) -> None:
        super().__init__(f"circuit {name!r} is open, next trial in {retry_in:.0f}s")
        self.retry_in = retry_in


@dataclass(frozen=True)
class BreakerConfig:
    failure_threshold: int = 5  # consecutive failures that open the circuit
    success_threshold: int = 2  # successful trials that close it again
    open_seconds: float = 60.0  # time spent open before the first trial
    max_open_seconds: float | None = None  # doubles the open time per failed trial
    trial_limit: int = 1  # calls let through at once while half-open
    counted: tuple[type[Exception], ...] = (ConnectionError, TimeoutError)


Listener = Callable[[str, State, State], None]


class CircuitBreaker:
    def __init__(
        self,
        name: str,
        config: BreakerConfig | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        on_transition: Listener | None = None,
    ) -> None:
        self.name = name
        self.config = config or BreakerConfig()
        self._clock = clock
        self._on_transition = on_transition
        self.state = State.CLOSED
        self._failures = 0
        self._successes = 0
        self._trials = 0
        self._opened_at = 0.0
        self._open_for = self.config.open_seconds
        self._generation = 0  # bumped on every transition

    @property
    def open_for(self) -> float:
        """How long the circuit stays open the next time it opens."""
        return self._open_for

    async def call(self, operation: Callable[[], Awaitable[T]]) -> T:
        ticket = self._admit()
        try:
            result = await operation()
        except self.config.counted:
            self._settle(ticket, failed=True)
            raise
        except BaseException:
            self._settle(ticket, failed=None)  # not the dependency's fault
            raise
        self._settle(ticket, failed=False)
        return result

    def _admit(self) -> int:
        if self.state is State.OPEN:
            waited = self._clock() - self._opened_at
            if waited < self._open_for:
                raise CircuitOpenError(self.name, self._open_for - waited)
            self._move(State.HALF_OPEN)
        if self.state is State.HALF_OPEN:
            if self._trials >= self.config.trial_limit:
                raise CircuitOpenError(self.name, 0)
            self._trials += 1
        return self._generation

    def _settle(self, ticket: int, *, failed: bool | None) -> None:
        if ticket != self._generation:
            return  # the call began in an earlier state; its outcome is stale
        if self.state is State.HALF_OPEN:
            self._trials -= 1
        if failed is None:
            return
        if failed:
            self._failures += 1
            if self.state is State.HALF_OPEN:
                self._reopen()
            elif self._failures >= self.config.failure_threshold:
                self._open()
            return
        self._failures = 0
        if self.state is State.HALF_OPEN:
            self._successes += 1
            if self._successes >= self.config.success_threshold:
                self._open_for = self.config.open_seconds
                self._move(State.CLOSED)

    def _open(self) -> None:
        self._opened_at = self._clock()
        self._move(State.OPEN)

    def _reopen(self) -> None:
        longest = self.config.max_open_seconds
        if longest is not None:
            self._open_for = min(longest, self._open_for * 2)
        self._open()

    def _move(self, new: State) -> None:
        old, self.state = self.state, new
        self._failures = self._successes = self._trials = 0
        self._generation += 1
        if self._on_transition is not None:
            self._on_transition(self.name, old, new)


class FakeClock:
    """A clock the example moves by hand; production passes time.monotonic."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def scripted(outcomes: list[bool]) -> Callable[[], Awaitable[str]]:
    """A dependency that fails or succeeds in the given order."""

    async def operation() -> str:
        if outcomes.pop(0):
            return "ok"
        raise ConnectionError("payments is down")

    return operation


async def attempt(
    breaker: CircuitBreaker, operation: Callable[[], Awaitable[str]]
) -> str:
    try:
        return await breaker.call(operation)
    except (ConnectionError, CircuitOpenError) as error:
        return f"{type(error).__name__}: {error}"


# docs/sdp/resilience.md:223
async def walk_through_states() -> list[str]:
    trace: list[str] = []
    moves: list[str] = []

    def log(name: str, old: State, new: State) -> None:
        moves.append(f"  {name}: {old} -> {new}")

    clock = FakeClock()
    config = BreakerConfig(failure_threshold=3, success_threshold=2, open_seconds=30)
    breaker = CircuitBreaker("payments", config, clock=clock, on_transition=log)
    payments = scripted([False, False, False, False, True, True])
    for step, moment in enumerate([0, 0, 0, 10, 30, 60, 60], start=1):
        clock.now = moment
        outcome = await attempt(breaker, payments)
        trace.append(f"{step} at {moment:>2}s: {outcome}")
        trace.extend(moves)
        moves.clear()
    return trace


for line in asyncio.run(walk_through_states()):
    print(line)
    #> 1 at  0s: ConnectionError: payments is down
    #> 2 at  0s: ConnectionError: payments is down
    #> 3 at  0s: ConnectionError: payments is down
    #>   payments: closed -> open
    #> 4 at 10s: CircuitOpenError: circuit 'payments' is open, next trial in 20s
    #> 5 at 30s: ConnectionError: payments is down
    #>   payments: open -> half-open
    #>   payments: half-open -> open
    #> 6 at 60s: ok
    #>   payments: open -> half-open
    #> 7 at 60s: ok
    #>   payments: half-open -> closed


# docs/sdp/resilience.md:279
async def crowd_at_half_open() -> tuple[int, list[str]]:
    clock = FakeClock()
    config = BreakerConfig(failure_threshold=1, open_seconds=30)
    breaker = CircuitBreaker("search", config, clock=clock)
    await attempt(breaker, scripted([False]))  # opens the circuit
    clock.now = 30
    arrived: list[int] = []
    release = asyncio.Event()

    async def slow_search() -> str:
        arrived.append(len(arrived) + 1)
        await release.wait()
        return "results"

    calls = [asyncio.create_task(attempt(breaker, slow_search)) for _ in range(5)]
    await asyncio.sleep(0)  # let every call reach the breaker
    release.set()
    outcomes = await asyncio.gather(*calls)
    return len(arrived), sorted(set(outcomes))


reached, outcomes = asyncio.run(crowd_at_half_open())
print("reached the dependency:", reached)
#> reached the dependency: 1
print(outcomes)
#> ["CircuitOpenError: circuit 'search' is open, next trial in 0s", 'results']


# docs/sdp/resilience.md:363
class UnavailableError(Exception):
    """The dependency answered with a status that says it is unwell."""


UNHEALTHY = {429, 500, 502, 503, 504}


def answering(statuses: list[int]) -> httpx.AsyncClient:
    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(statuses.pop(0), request=request)

    return httpx.AsyncClient(transport=httpx.MockTransport(respond))


async def fetch_user(client: httpx.AsyncClient, user_id: int) -> str:
    response = await client.get(f"https://users.test/users/{user_id}")
    if response.status_code in UNHEALTHY:
        raise UnavailableError(f"users answered {response.status_code}")
    response.raise_for_status()  # a 4xx is the caller's problem
    return "user"


async def count_what_matters() -> list[str]:
    seen: list[str] = []
    config = BreakerConfig(
        failure_threshold=3, counted=(UnavailableError, httpx.TransportError)
    )
    breaker = CircuitBreaker("users", config, clock=FakeClock())
    async with answering([404, 404, 404, 404, 503, 503, 503]) as client:
        for user_id in range(7):
            try:
                await breaker.call(functools.partial(fetch_user, client, user_id))
            except (httpx.HTTPStatusError, UnavailableError) as error:
                kind = type(error).__name__
                seen.append(f"user {user_id}: {kind}, breaker {breaker.state}")
    return seen


for line in asyncio.run(count_what_matters()):
    print(line)
    #> user 0: HTTPStatusError, breaker closed
    #> user 1: HTTPStatusError, breaker closed
    #> user 2: HTTPStatusError, breaker closed
    #> user 3: HTTPStatusError, breaker closed
    #> user 4: UnavailableError, breaker closed
    #> user 5: UnavailableError, breaker closed
    #> user 6: UnavailableError, breaker open


# docs/sdp/resilience.md:436
async def separate_breakers() -> tuple[str, str]:
    clock = FakeClock()
    config = BreakerConfig(failure_threshold=2)
    payments = CircuitBreaker("payments", config, clock=clock)
    notifications = CircuitBreaker("notifications", config, clock=clock)
    for _ in range(2):
        await attempt(payments, scripted([False]))
    return (
        await attempt(payments, scripted([True])),
        await attempt(notifications, scripted([True])),
    )


for outcome in asyncio.run(separate_breakers()):
    print(outcome)
    #> CircuitOpenError: circuit 'payments' is open, next trial in 60s
    #> ok


# docs/sdp/resilience.md:466
clock = FakeClock()
orders_breaker = CircuitBreaker(
    "orders", BreakerConfig(failure_threshold=1), clock=clock
)
app = FastAPI()


async def orders_backend() -> str:
    raise ConnectionError("orders is down")


@app.get("/orders/latest")
async def latest_order(response: Response) -> dict[str, str]:
    try:
        return {"order": await orders_breaker.call(orders_backend)}
    except ConnectionError:
        response.status_code = 502
        return {"error": "orders failed"}
    except CircuitOpenError as error:
        response.status_code = 503
        response.headers["Retry-After"] = str(max(1, round(error.retry_in)))
        return {"error": "orders is unavailable, try again later"}


http = TestClient(app)
for _ in range(2):
    answer = http.get("/orders/latest")
    print(answer.status_code, answer.headers.get("retry-after"), answer.json())
    #> 502 None {'error': 'orders failed'}
    #> 503 60 {'error': 'orders is unavailable, try again later'}


# docs/sdp/resilience.md:511
transitions: Counter[tuple[str, str]] = Counter()
alerts: list[str] = []


def record_transition(name: str, old: State, new: State) -> None:
    transitions[name, new.value] += 1
    if new is State.OPEN:
        alerts.append(f"{name} opened (was {old})")


async def noisy_hour() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(
        "inventory",
        BreakerConfig(failure_threshold=2, success_threshold=1, open_seconds=30),
        clock=clock,
        on_transition=record_transition,
    )
    inventory = scripted([False, False, True, True, True])
    for moment in (0, 1, 2, 3, 40, 41, 42):
        clock.now = moment
        await attempt(breaker, inventory)


asyncio.run(noisy_hour())
print(dict(transitions))
#> {('inventory', 'open'): 1, ('inventory', 'half-open'): 1, ('inventory', 'closed'): 1}
print(alerts)
#> ['inventory opened (was closed)']


# docs/sdp/resilience.md:556
def test_failed_trial_reopens_and_success_closes() -> None:
    clock = FakeClock()
    config = BreakerConfig(failure_threshold=2, success_threshold=1, open_seconds=30)
    breaker = CircuitBreaker("test", config, clock=clock)
    outcomes = [False, False, False, True]
    dependency = scripted(outcomes)

    async def scenario() -> list[State]:
        seen: list[State] = []
        for moment in (0, 0, 29, 30, 60):
            clock.now = moment
            await attempt(breaker, dependency)
            seen.append(breaker.state)
        return seen

    assert asyncio.run(scenario()) == [
        State.CLOSED,  # first failure
        State.OPEN,  # second failure reaches the threshold
        State.OPEN,  # rejected: 29 s < 30 s, the dependency is not called
        State.OPEN,  # the trial at 30 s fails
        State.CLOSED,  # the trial at 60 s succeeds
    ]
    assert outcomes == []  # every scripted outcome was used, none twice


test_failed_trial_reopens_and_success_closes()
print("state machine test passed")
#> state machine test passed


# docs/sdp/resilience.md:602
async def long_outage() -> list[str]:
    plan: list[str] = []
    clock = FakeClock()
    config = BreakerConfig(failure_threshold=1, open_seconds=30, max_open_seconds=100)
    breaker = CircuitBreaker("ledger", config, clock=clock)
    await attempt(breaker, scripted([False]))
    for _ in range(4):
        clock.now += breaker.open_for
        await attempt(breaker, scripted([False]))
        plan.append(
            f"trial failed at {clock.now:.0f}s, next in {breaker.open_for:.0f}s"
        )
    return plan


for line in asyncio.run(long_outage()):
    print(line)
    #> trial failed at 30s, next in 60s
    #> trial failed at 90s, next in 100s
    #> trial failed at 190s, next in 100s
    #> trial failed at 290s, next in 100s


# docs/sdp/resilience.md:1415
@dataclass(frozen=True)
class Rate:
    pair: str
    value: str
    as_of: datetime
    degraded: bool = False


class RateService:
    def __init__(
        self, breaker: CircuitBreaker, fetch: Callable[[], Awaitable[Rate]]
    ) -> None:
        self._breaker = breaker
        self._fetch = fetch
        self._last: Rate | None = None
        self.fallbacks = 0

    async def current(self) -> Rate:
        try:
            rate = await self._breaker.call(self._fetch)
        except (CircuitOpenError, ConnectionError, TimeoutError):
            if self._last is None:
                raise
            self.fallbacks += 1
            return Rate(
                self._last.pair, self._last.value, self._last.as_of, degraded=True
            )
        self._last = rate
        return rate


async def rates_during_outage() -> list[str]:
    answers = [True, False, False]

    async def fetch() -> Rate:
        if answers.pop(0):
            return Rate("EUR/USD", "1.0842", datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
        raise ConnectionError("rates feed down")

    breaker = CircuitBreaker(
        "rates", BreakerConfig(failure_threshold=1), clock=FakeClock()
    )
    service = RateService(breaker, fetch)
    answers_given: list[str] = []
    for _ in range(3):
        rate = await service.current()
        kind = "degraded" if rate.degraded else "live"
        answers_given.append(f"{rate.value} as of {rate.as_of:%H:%M} {kind}")
    answers_given.append(f"fallbacks served: {service.fallbacks}")
    return answers_given


for line in asyncio.run(rates_during_outage()):
    print(line)
    #> 1.0842 as of 09:00 live
    #> 1.0842 as of 09:00 degraded
    #> 1.0842 as of 09:00 degraded
    #> fallbacks served: 2
