# Extracted from docs/sdp/principles.md:48 by `handbook extract`.
# Edit the page, not this file.
# docs/sdp/principles.md:48
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from enum import Enum
from typing import Protocol


class Health(Enum):
    HEALTHY = "healthy"
    DEGRADED = "degraded"
    UNHEALTHY = "unhealthy"


@dataclass
class Dependency:
    name: str
    critical: bool
    probe: Callable[[], bool]
    up: bool = True
    checked_at: datetime | None = None


class HealthMonitor:
    def __init__(
        self,
        dependencies: list[Dependency],
        clock: Callable[[], datetime],
        recheck_after: timedelta,
    ) -> None:
        self._dependencies = dependencies
        self._clock = clock
        self._recheck_after = recheck_after

    def refresh(self) -> None:
        now = self._clock()
        for dependency in self._dependencies:
            last = dependency.checked_at
            if last is not None and now - last < self._recheck_after:
                continue
            try:
                dependency.up = dependency.probe()
            except Exception:  # a probe that fails is a failed probe
                dependency.up = False
            dependency.checked_at = now

    def down(self) -> set[str]:
        return {d.name for d in self._dependencies if not d.up}

    def status(self) -> Health:
        if any(d.critical and not d.up for d in self._dependencies):
            return Health.UNHEALTHY
        return Health.DEGRADED if self.down() else Health.HEALTHY


class Clock:
    def __init__(self) -> None:
        self.current = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.current


reachable = {"catalogue-db": True, "recommendations": True}
clock = Clock()
monitor = HealthMonitor(
    [
        Dependency("catalogue-db", True, lambda: reachable["catalogue-db"]),
        Dependency("recommendations", False, lambda: reachable["recommendations"]),
    ],
    clock.now,
    recheck_after=timedelta(seconds=10),
)


def product_page(sku: str) -> str:
    monitor.refresh()
    if monitor.status() is Health.UNHEALTHY:
        return f"503 {sku}: catalogue unavailable, retry shortly"
    extras = "" if "recommendations" in monitor.down() else " + recommendations"
    return f"200 {sku}{extras} ({monitor.status().value})"


print(product_page("SKU-1"))
#> 200 SKU-1 + recommendations (healthy)
reachable["recommendations"] = False
clock.current += timedelta(seconds=10)
print(product_page("SKU-1"))
#> 200 SKU-1 (degraded)


# docs/sdp/principles.md:180
reachable["catalogue-db"] = False
clock.current += timedelta(seconds=10)
print(product_page("SKU-1"), sorted(monitor.down()))
#> 503 SKU-1: catalogue unavailable, retry shortly ['catalogue-db', 'recommendations']


# docs/sdp/principles.md:199
class FraudCheck(Protocol):
    def risk(self, order_id: str) -> Decimal: ...


class UnreachableFraudCheck:
    def risk(self, order_id: str) -> Decimal:
        raise TimeoutError("fraud service did not answer")


class CalmFraudCheck:
    def risk(self, order_id: str) -> Decimal:
        return Decimal("0.05")


def shipping_decision(check: FraudCheck, order_id: str) -> str:
    try:
        risk = check.risk(order_id)
    except (TimeoutError, ConnectionError):
        return f"{order_id}: hold for manual review (no fraud verdict)"
    return f"{order_id}: {'ship' if risk < Decimal('0.8') else 'hold'}"


print(shipping_decision(CalmFraudCheck(), "ord-1"))
#> ord-1: ship
print(shipping_decision(UnreachableFraudCheck(), "ord-2"))
#> ord-2: hold for manual review (no fraud verdict)


# docs/sdp/principles.md:239
reachable.update({"catalogue-db": True, "recommendations": True})
clock.current += timedelta(seconds=3)
print(product_page("SKU-1"))  # still inside the probe interval: not rechecked yet
#> 503 SKU-1: catalogue unavailable, retry shortly
clock.current += timedelta(seconds=7)
print(product_page("SKU-1"))
#> 200 SKU-1 + recommendations (healthy)
