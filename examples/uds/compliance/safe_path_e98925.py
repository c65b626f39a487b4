# Extracted from docs/uds/compliance.md:147 by `handbook extract`.
# Edit the page, not this file.
import tempfile
from pathlib import Path


def safe_path(root: Path, requested: str) -> Path | None:
    candidate = (root / requested).resolve()
    return candidate if candidate.is_relative_to(root.resolve()) else None


with tempfile.TemporaryDirectory() as folder:
    root = Path(folder)
    print(safe_path(root, "invoices/2026-04.pdf") is not None)
    #> True
    print(safe_path(root, "../../etc/passwd"), safe_path(root, "/etc/passwd"))
    #> None None
