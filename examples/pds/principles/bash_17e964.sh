# Extracted from docs/pds/principles.md:219 by `handbook extract`.
# Edit the page, not this file.
uv sync --locked
