# Extracted from docs/uds/data-validation.md:167 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: DTZ003
# pyright: basic
from datetime import datetime

print(datetime.utcnow().tzinfo)
#> None
