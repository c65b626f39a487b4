# Extracted from docs/pds/use-cases.md:344 by `handbook extract`.
# Edit the page, not this file.
from collections import defaultdict
from datetime import UTC, datetime, timedelta

WINDOW = timedelta(minutes=1)
ALLOWED_LATENESS = timedelta(seconds=30)


def window_start(moment: datetime) -> datetime:
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    return moment - (moment - epoch) % WINDOW


def t(clock: str) -> datetime:
    return datetime.fromisoformat(f"2026-01-05T09:{clock}+00:00")


# (event time, cents), in arrival order; the watermark says how far event time has got.
arrivals = [(t("00:10"), 500), (t("00:50"), 250), (t("01:05"), 900), (t("00:40"), 100)]
arrivals += [(t("02:30"), 700), (t("00:55"), 300)]
totals: defaultdict[datetime, int] = defaultdict(int)
dropped: list[int] = []
watermark = datetime.min.replace(tzinfo=UTC)
for happened, cents in arrivals:
    watermark = max(watermark, happened)
    if window_start(happened) + WINDOW + ALLOWED_LATENESS < watermark:
        dropped.append(cents)  # its window is closed
        continue
    totals[window_start(happened)] += cents
print({start.strftime("%H:%M"): cents for start, cents in sorted(totals.items())})
#> {'09:00': 850, '09:01': 900, '09:02': 700}
print(dropped)
#> [300]
