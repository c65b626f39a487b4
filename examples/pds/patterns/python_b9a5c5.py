# Extracted from docs/pds/patterns.md:809 by `handbook extract`.
# Edit the page, not this file.
import mmap
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as folder:
    log_file = Path(folder) / "access.log"
    log_file.write_bytes(b"GET /health/live 200\n" * 100_000 + b"POST /orders 500\n")
    with (
        log_file.open("rb") as handle,
        mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped,
    ):
        position = mapped.find(b" 500")
        print(position, mapped[position - 12 : position].decode())
        #> 2100012 POST /orders
