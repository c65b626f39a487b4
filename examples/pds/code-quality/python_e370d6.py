# Extracted from docs/pds/code-quality.md:171 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: PTH123
# pyright: basic
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as workdir:
    report = Path(workdir) / "report.txt"
    with open(report, "w", encoding="utf-8") as handle:
        handle.write("42 rows\n")
    print(report.read_text(encoding="utf-8").strip())
    #> 42 rows
