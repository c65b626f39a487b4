# Extracted from docs/pds/data-processing.md:84 by `handbook extract`.
# Edit the page, not this file.
# pyright: reportUnknownMemberType=false
import tempfile
from pathlib import Path

import polars as pl

with tempfile.TemporaryDirectory() as folder:
    source = Path(folder, "orders.parquet")
    pl.DataFrame(
        {
            "shop": ["leeds", "york", "leeds"],
            "cents": [1200, 850, 990],
            "note": ["", "gift", ""],
        }
    ).write_parquet(source)

    query = (
        pl.scan_parquet(source)
        .filter(pl.col("shop") == "leeds")
        .group_by("shop")
        .agg(pl.col("cents").sum())
    )
    plan = query.explain()
    print([line.strip() for line in plan.splitlines() if "PROJECT" in line])
    #> ['PROJECT 2/3 COLUMNS']
    print([line.strip() for line in plan.splitlines() if "SELECTION" in line])
    #> ['SELECTION: col("shop") == "leeds"']
    print(query.collect().rows())
    #> [('leeds', 2190)]
