# Extracted from docs/pds/patterns.md:326 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Callable
from datetime import UTC, datetime, timedelta


class CircuitOpenError(Exception):
    pass


class CircuitBreaker:
    def __init__(
        self,
        clock: Callable[[], datetime],
        failures: int = 3,
        cool_off_seconds: int = 30,
    ) -> None:
        self.clock = clock
        self.max_failures = failures
        self.cool_off = timedelta(seconds=cool_off_seconds)
        self.failures = 0
        self.opened_at: datetime | None = None

    def call[T](self, action: Callable[[], T]) -> T:
        if self.opened_at is not None:
            if self.clock() - self.opened_at < self.cool_off:
                raise CircuitOpenError("dependency is failing; not calling it")
            self.opened_at = None  # half open: this call is the trial
        try:
            result = action()
        except Exception:
            self.failures += 1
            if self.failures >= self.max_failures:
                self.opened_at = self.clock()
            raise
        self.failures = 0
        return result


now = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)
breaker = CircuitBreaker(clock=lambda: now)


def broken() -> str:
    raise ConnectionError("refused")


for _ in range(4):
    try:
        breaker.call(broken)
    except (ConnectionError, CircuitOpenError) as error:
        print(type(error).__name__)
        #> ConnectionError
        #> ConnectionError
        #> ConnectionError
        #> CircuitOpenError
now += timedelta(seconds=31)
print(breaker.call(lambda: "recovered"))
#> recovered
