# Extracted from docs/pds/data-processing.md:38 by `handbook extract`.
# Edit the page, not this file.
# pyright: reportUnknownMemberType=false
from datetime import date

import polars as pl

sales = pl.DataFrame(
    {
        "day": [date(2026, 1, 5), date(2026, 1, 5), date(2026, 1, 6), date(2026, 1, 6)],
        "shop": ["leeds", "york", "leeds", "york"],
        "cents": [12_000, 8_450, 15_990, 7_100],
    }
)
summary = (
    sales.group_by("shop")
    .agg(
        total=pl.col("cents").sum(),
        best_day=pl.col("day").sort_by("cents").last(),
    )
    .sort("total", descending=True)
)
for shop, total, best_day in summary.iter_rows():
    print(shop, total, best_day)
    #> leeds 27990 2026-01-06
    #> york 15550 2026-01-05
