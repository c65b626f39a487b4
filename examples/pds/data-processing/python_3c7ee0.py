# Extracted from docs/pds/data-processing.md:176 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: PTH118, PTH119
# pyright: basic
import os.path

report = os.path.join("exports", "2026-01", "sales.parquet")
print(os.path.basename(report))
#> sales.parquet
