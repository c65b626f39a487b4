# Extracted from docs/pds/security.md:438 by `handbook extract`.
# Edit the page, not this file.
import tempfile
from pathlib import Path


def safe_path(base: Path, name: str) -> Path:
    root = base.resolve()
    candidate = (root / name).resolve()
    if not candidate.is_relative_to(root):
        raise PermissionError(f"{name!r} leaves the upload folder")
    return candidate


with tempfile.TemporaryDirectory() as workdir:
    uploads = Path(workdir)
    (uploads / "invoice.pdf").write_bytes(b"%PDF-1.7")
    print(safe_path(uploads, "invoice.pdf").name)
    #> invoice.pdf
    for name in ("../../etc/passwd", "/etc/passwd"):
        try:
            safe_path(uploads, name)
        except PermissionError as error:
            print(error)
            #> '../../etc/passwd' leaves the upload folder
            #> '/etc/passwd' leaves the upload folder
