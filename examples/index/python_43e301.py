# Extracted from docs/index.md:62 by `handbook extract`.
# Edit the page, not this file.
from datetime import UTC, datetime, timedelta

release = datetime(2025, 12, 1, tzinfo=UTC)
print(release + timedelta(days=30))
#> 2025-12-31 00:00:00+00:00
