# Extracted from docs/pds/principles.md:125 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: I001
# pyright: basic
import math
import json

print(json.dumps({"pi": round(math.pi, 2)}))
#> {"pi": 3.14}
