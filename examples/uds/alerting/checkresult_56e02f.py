# Extracted from docs/uds/alerting.md:198 by `handbook extract`.
# Edit the page, not this file.
import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Literal

from fastapi import FastAPI, Response
from fastapi.testclient import TestClient
from pydantic import BaseModel

Status = Literal["healthy", "degraded", "unhealthy"]
Probe = Callable[[], Awaitable[None]]


class CheckResult(BaseModel):
    status: Status
    message: str
    response_time_ms: float | None = None


class HealthStatus(BaseModel):
    status: Status
    timestamp: datetime
    version: str
    uptime_seconds: float
    checks: dict[str, CheckResult]


def grade(percent_used: float) -> Status:
    if percent_used > 90:
        return "unhealthy"
    return "degraded" if percent_used > 80 else "healthy"


class HealthChecker:
    def __init__(
        self,
        version: str,
        probes: dict[str, Probe],
        resources: Callable[[], dict[str, float]],
        clock: Callable[[], float],
        now: Callable[[], datetime],
    ) -> None:
        self.version, self.probes, self.resources = version, probes, resources
        self.clock, self.now = clock, now
        self.started = clock()

    async def timed(self, probe: Probe) -> CheckResult:
        started = self.clock()
        try:
            await probe()
        except OSError as error:
            return CheckResult(status="unhealthy", message=str(error))
        elapsed_ms = round((self.clock() - started) * 1000, 1)
        status: Status = "healthy" if elapsed_ms <= 100 else "degraded"
        return CheckResult(status=status, message="ok", response_time_ms=elapsed_ms)

    async def check(self) -> HealthStatus:
        results = await asyncio.gather(*(self.timed(p) for p in self.probes.values()))
        checks = dict(zip(self.probes, results, strict=True))
        usage = self.resources()
        system = grade(max(usage.values()))  # the fullest resource decides
        readings = ", ".join(f"{name} {value:.0f}%" for name, value in usage.items())
        checks["system"] = CheckResult(status=system, message=readings)
        overall: Status = "healthy"
        if any(result.status != "healthy" for result in results):
            overall = (
                "degraded"  # a dependency in trouble: keep serving, raise an alarm
            )
        if system == "unhealthy":
            overall = (
                "unhealthy"  # the machine itself is failing: take it out of rotation
            )
        return HealthStatus(
            status=overall,
            timestamp=self.now(),
            version=self.version,
            uptime_seconds=self.clock() - self.started,
            checks=checks,
        )


class ManualClock:
    def __init__(self) -> None:
        self.seconds = 1_000.0

    def __call__(self) -> float:
        return self.seconds


clock = ManualClock()
usage = {"memory": 62.0, "disk": 71.0, "cpu": 35.0}


async def database() -> None:
    clock.seconds += 0.25  # the query took 250 ms


async def payments_api() -> None:
    raise ConnectionRefusedError("payments.internal refused the connection")


checker = HealthChecker(
    version="1.4.2",
    probes={"database": database, "payments_api": payments_api},
    resources=lambda: usage,
    clock=clock,
    now=lambda: datetime(2026, 5, 4, 12, 0, tzinfo=UTC),
)
clock.seconds += 3_600  # an hour after start-up
app = FastAPI()


@app.get("/health")
async def health(response: Response) -> HealthStatus:
    report = await checker.check()
    if report.status == "unhealthy":
        response.status_code = 503
    return report


client = TestClient(app)
answer = client.get("/health")
body = answer.json()
print(answer.status_code, body["status"], body["version"], body["uptime_seconds"])
#> 200 degraded 1.4.2 3600.25
print({name: check["status"] for name, check in body["checks"].items()})
#> {'database': 'degraded', 'payments_api': 'unhealthy', 'system': 'healthy'}
print(body["checks"]["database"]["response_time_ms"])
#> 250.0
usage["disk"] = 93.0
answer = client.get("/health")
body = answer.json()
print(answer.status_code, body["status"], body["checks"]["system"]["message"])
#> 503 unhealthy memory 62%, disk 93%, cpu 35%
