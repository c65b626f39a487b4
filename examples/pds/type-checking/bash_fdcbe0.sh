# Extracted from docs/pds/type-checking.md:42 by `handbook extract`.
# Edit the page, not this file.
uv run pyright
