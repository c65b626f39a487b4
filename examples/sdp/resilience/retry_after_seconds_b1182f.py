# Extracted from docs/sdp/resilience.md:1050 by `handbook extract`.
# Edit the page, not this file.
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


def retry_after_seconds(value: str, now: datetime, cap: float = 60.0) -> float | None:
    """Seconds to wait from a Retry-After value; None when unreadable or too long."""
    if value.strip().isdigit():
        seconds = float(value)
    else:
        try:
            moment = parsedate_to_datetime(value)
        except ValueError:
            return None
        seconds = max(0.0, (moment - now).total_seconds())
    return seconds if seconds <= cap else None


now = datetime(2026, 10, 21, 7, 27, 30, tzinfo=UTC)
for header in ("12", "Wed, 21 Oct 2026 07:28:00 GMT", "3600", "soon"):
    print(repr(header), retry_after_seconds(header, now))
    #> '12' 12.0
    #> 'Wed, 21 Oct 2026 07:28:00 GMT' 30.0
    #> '3600' None
    #> 'soon' None
