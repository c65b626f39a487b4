# Extracted from docs/uds/load-testing.md:80 by `handbook extract`.
# Edit the page, not this file.
import asyncio
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from statistics import mean, median

import httpx
from fastapi import FastAPI, Response


@dataclass(frozen=True)
class Sample:
    started: float
    seconds: float
    status: int  # 0 when no response arrived

    @property
    def ok(self) -> bool:
        return 0 < self.status < 400


@dataclass(frozen=True)
class Report:
    total: int
    success_rate: float
    mean_s: float
    median_s: float
    p95_s: float
    max_s: float
    per_second: float


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile: the least value with `share` of all at or below it."""
    ordered = sorted(values)
    rank = max(math.ceil(share * len(ordered)), 1)
    return ordered[rank - 1]


def summarize(samples: list[Sample], elapsed: float) -> Report:
    times = [sample.seconds for sample in samples]
    succeeded = sum(sample.ok for sample in samples)
    return Report(
        total=len(samples),
        success_rate=succeeded / len(samples),
        mean_s=mean(times),
        median_s=median(times),
        p95_s=percentile(times, 0.95),
        max_s=max(times),
        per_second=len(samples) / elapsed,
    )


@dataclass(frozen=True)
class Requirements:
    min_success_rate: float = 0.99
    max_mean_s: float = 1.0
    max_p95_s: float = 2.0
    min_per_second: float = 50.0

    def failures(self, report: Report) -> list[str]:
        checks = [
            (
                report.success_rate >= self.min_success_rate,
                f"success rate {report.success_rate:.1%}",
            ),
            (report.mean_s <= self.max_mean_s, f"mean {report.mean_s:.2f} s"),
            (report.p95_s <= self.max_p95_s, f"p95 {report.p95_s:.2f} s"),
            (
                report.per_second >= self.min_per_second,
                f"{report.per_second:.1f} requests/s",
            ),
        ]
        return [message for passed, message in checks if not passed]


# Twenty requests in two seconds: nineteen quick ones, one that took three seconds.
times = [0.1 + 0.01 * n for n in range(19)] + [3.0]
samples = [Sample(started=n * 0.1, seconds=t, status=200) for n, t in enumerate(times)]
report = summarize(samples, elapsed=2.0)
print(report.p95_s, report.max_s, report.per_second)
#> 0.28 3.0 10.0
print(Requirements().failures(report))
#> ['10.0 requests/s']
print(sorted(times)[int(len(times) * 0.95)], len(times) / max(times))
#> 3.0 6.666666666666667


class Traffic:
    def __init__(self) -> None:
        self.in_flight = 0
        self.peak = 0
        self.served = 0


traffic = Traffic()
app = FastAPI()


@app.get("/api/products/")
async def list_products(response: Response) -> list[dict[str, str]]:
    traffic.in_flight += 1
    traffic.peak = max(traffic.peak, traffic.in_flight)
    await asyncio.sleep(0)  # hand control to the other users, as real I/O would
    traffic.in_flight -= 1
    traffic.served += 1
    if traffic.served % 50 == 0:  # one request in fifty fails
        response.status_code = 503
    return [{"sku": "PROD-001"}]


Pause = Callable[[float], Awaitable[None]]


@dataclass(frozen=True)
class Plan:
    users: int
    requests_per_user: int
    ramp_up_s: float
    pause: Pause  # asyncio.sleep in a real run
    clock: Callable[[], float] = time.perf_counter


async def simulate_user(
    client: httpx.AsyncClient, endpoint: str, plan: Plan, samples: list[Sample]
) -> None:
    for _ in range(plan.requests_per_user):
        started = plan.clock()
        try:
            status = (await client.get(endpoint)).status_code
        except httpx.HTTPError:
            status = 0
        samples.append(Sample(started, plan.clock() - started, status))
        await plan.pause(1.0)  # the user reads the page before the next request


async def run_load_test(client: httpx.AsyncClient, endpoint: str, plan: Plan) -> Report:
    samples: list[Sample] = []
    started = plan.clock()
    async with asyncio.TaskGroup() as group:
        for _ in range(plan.users):
            group.create_task(simulate_user(client, endpoint, plan, samples))
            await plan.pause(plan.ramp_up_s / plan.users)
    return summarize(samples, plan.clock() - started)


async def no_wait(seconds: float) -> None:
    del seconds  # a real run sleeps; the example only yields
    await asyncio.sleep(0)


async def main() -> Report:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://shop") as client:
        plan = Plan(users=20, requests_per_user=10, ramp_up_s=2.0, pause=no_wait)
        return await run_load_test(client, "/api/products/", plan)


result = asyncio.run(main())
print(result.total, f"{result.success_rate:.1%}", "peak concurrency", traffic.peak)
#> 200 98.0% peak concurrency 10
print(Requirements().failures(result))
#> ['success rate 98.0%']
