# Extracted from docs/pds/patterns.md:316 by `handbook extract`.
# Edit the page, not this file.
import tenacity

print([name for name in dir(tenacity) if "circuit" in name.lower()])
#> []
