# Extracted from docs/pds/testing.md:633 by `handbook extract`.
# Edit the page, not this file.
uv run pytest --benchmark-only --benchmark-autosave
uv run pytest --benchmark-only --benchmark-compare
