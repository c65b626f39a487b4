# Extracted from docs/pds/code-quality.md:160 by `handbook extract`.
# Edit the page, not this file.
from datetime import UTC, datetime

created_at = datetime.now(tz=UTC)
print(created_at.tzinfo)
#> UTC
