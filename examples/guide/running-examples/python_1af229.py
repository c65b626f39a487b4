# Extracted from docs/guide/running-examples.md:39 by `handbook extract`.
# Edit the page, not this file.
import os
import socket
from pathlib import Path

Path("notes.txt").write_text("scratch\n", encoding="utf-8")
print(sorted(p.suffix for p in Path().iterdir()))
#> ['.py', '.txt']
try:
    socket.create_connection(("192.0.2.1", 80), timeout=1)
except OSError:
    print("the network is closed")
    #> the network is closed
print(os.environ["TZ"], os.environ["PYTHONHASHSEED"])
#> UTC 0
