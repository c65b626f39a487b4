# Extracted from docs/pds/code-quality.md:150 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: DTZ005
# pyright: basic
from datetime import datetime

created_at = datetime.now()
print(created_at.tzinfo)
#> None
