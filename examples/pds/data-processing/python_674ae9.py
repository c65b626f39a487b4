# Extracted from docs/pds/data-processing.md:229 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: S108
# pyright: basic
from pathlib import Path

scratch = Path("/tmp/report.csv")
print(scratch.parent)
#> /tmp
