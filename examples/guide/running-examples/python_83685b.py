# Extracted from docs/guide/running-examples.md:75 by `handbook extract`.
# Edit the page, not this file.
import random
from datetime import UTC, datetime, timedelta

issued = datetime.now(UTC)
expires = issued + timedelta(minutes=15)
print(issued.isoformat(), "->", expires.time())
#> 2026-01-05T09:30:00+00:00 -> 09:45:00
print(random.sample(range(100), 3))
#> [41, 19, 50]
