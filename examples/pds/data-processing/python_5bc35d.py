# Extracted from docs/pds/data-processing.md:184 by `handbook extract`.
# Edit the page, not this file.
from pathlib import Path

report = Path("exports", "2026-01", "sales.parquet")
print(report.name, report.stem, report.suffix, report.parent.name)
#> sales.parquet sales .parquet 2026-01
