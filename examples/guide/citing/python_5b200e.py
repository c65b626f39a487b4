# Extracted from docs/guide/citing.md:82 by `handbook extract`.
# Edit the page, not this file.
# The vendored parser predates our typing rules; see PDS-TYP-001 for the standard.
LEGACY_MODULES = frozenset({"vendor.parser"})
print(sorted(LEGACY_MODULES))
#> ['vendor.parser']
