# Extracted from docs/pds/principles.md:219 by `handbook extract`.
# Edit the page, not this file.
# Stop if pyproject.toml changed without a new lock; then install the locked versions only.
uv lock --check
uv sync --locked
