# Extracted from docs/pds/code-quality.md:183 by `handbook extract`.
# Edit the page, not this file.
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as workdir:
    report = Path(workdir) / "report.txt"
    report.write_text("42 rows\n", encoding="utf-8")
    print(report.read_text(encoding="utf-8").strip())
    #> 42 rows
