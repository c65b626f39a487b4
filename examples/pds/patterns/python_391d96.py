# Extracted from docs/pds/patterns.md:875 by `handbook extract`.
# Edit the page, not this file.
import resource
import sys

peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
print(sys.platform, 0 < peak < 4 * 1024 * 1024)
#> linux True
