# Extracted from docs/pds/patterns.md:1128 by `handbook extract`.
# Edit the page, not this file.
import tempfile
from pathlib import Path

import polars as pl

with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "orders.csv"
    rows = "\n".join(f"{n},{'EUR' if n % 3 else 'CHF'},{n}.50" for n in range(1, 3_001))
    path.write_text("id,currency,total\n" + rows + "\n", encoding="utf-8")
    per_currency = (
        pl.scan_csv(path)
        .filter(pl.col("currency") == "CHF")  # pyright: ignore[reportUnknownMemberType]
        .select(pl.len().alias("orders"), pl.col("total").sum().alias("sum"))
        .collect()
    )
    print(per_currency.row(0))
    #> (1000, 1502000.0)
