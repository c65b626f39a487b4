# Extracted from docs/pds/data-processing.md:261 by `handbook extract`.
# Edit the page, not this file.
import tempfile
from datetime import date
from pathlib import Path

import polars as pl

frame = pl.DataFrame(
    {
        "day": [date(2026, 1, 5), date(2026, 1, 6)],
        "postcode": ["01234", "09876"],
        "cents": [1200, 990],
    }
)
with tempfile.TemporaryDirectory() as folder:
    frame.write_csv(Path(folder, "sales.csv"))
    frame.write_parquet(Path(folder, "sales.parquet"))
    from_csv = pl.read_csv(Path(folder, "sales.csv"))
    from_parquet = pl.read_parquet(Path(folder, "sales.parquet"))
print(from_csv.dtypes, from_csv["postcode"].to_list())
#> [String, Int64, Int64] [1234, 9876]
print(from_parquet.dtypes, from_parquet["postcode"].to_list())
#> [Date, String, Int64] ['01234', '09876']
