# Extracted from docs/pds/data-processing.md:201 by `handbook extract`.
# Edit the page, not this file.
import io

import polars as pl

frame = pl.DataFrame({"sku": ["PEN-01", "PAD-02"], "stock": [40, 0]})
buffer = io.BytesIO()
frame.write_parquet(buffer)
buffer.seek(0)
print(pl.read_parquet(buffer).equals(frame), buffer.getbuffer().nbytes > 0)
#> True True
csv_body = io.StringIO()
frame.write_csv(csv_body)
print(csv_body.getvalue().splitlines())
#> ['sku,stock', 'PEN-01,40', 'PAD-02,0']
