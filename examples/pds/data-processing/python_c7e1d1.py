# Extracted from docs/pds/data-processing.md:237 by `handbook extract`.
# Edit the page, not this file.
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory(prefix="report-") as folder:
    scratch = Path(folder, "report.csv")
    scratch.write_text("sku,stock\n", encoding="utf-8")
    print(scratch.exists())
    #> True
print(scratch.exists())
#> False
