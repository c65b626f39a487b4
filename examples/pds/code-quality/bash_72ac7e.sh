# Extracted from docs/pds/code-quality.md:43 by `handbook extract`.
# Edit the page, not this file.
uv run ruff check .          # report findings
uv run ruff check --fix .    # apply the fixes Ruff marks as safe
