# Extracted from docs/pds/databases.md:753 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: DTZ003
# pyright: basic
from datetime import datetime

created_at = datetime.utcnow()
print(created_at.tzinfo)
#> None
