# Extracted from docs/pds/background-tasks.md:42 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")


def next_daily_run(after: datetime, at: time, zone: ZoneInfo) -> datetime:
    local = after.astimezone(zone)
    candidate = datetime.combine(local.date(), at, tzinfo=zone)
    if candidate <= local:
        candidate = datetime.combine(local.date() + timedelta(days=1), at, tzinfo=zone)
    return candidate.astimezone(UTC)


class Scheduler:
    def __init__(
        self, clock: Callable[[], datetime], job: Callable[[datetime], None]
    ) -> None:
        self.clock = clock
        self.job = job
        self.due = next_daily_run(clock(), time(2, 0), LONDON)

    def tick(self) -> None:
        now = self.clock()
        if now >= self.due:
            self.job(self.due)
            self.due = next_daily_run(now, time(2, 0), LONDON)


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


runs: list[str] = []
clock = FakeClock(datetime(2026, 3, 27, 12, 0, tzinfo=UTC))
scheduler = Scheduler(clock, lambda due: runs.append(due.isoformat()))
for _ in range(4 * 24):  # four days, checked every hour
    clock.now += timedelta(hours=1)
    scheduler.tick()
for run in runs:
    print(run)
    #> 2026-03-28T02:00:00+00:00
    #> 2026-03-29T01:00:00+00:00
    #> 2026-03-30T01:00:00+00:00
    #> 2026-03-31T01:00:00+00:00
