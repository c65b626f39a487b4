# Extracted from docs/pds/core-stack.md:125 by `handbook extract`.
# Edit the page, not this file.
# Create a packaged project for Python 3.12 (written to .python-version), then declare
# what it needs.
uv init --package --python 3.12 shop
cd shop || exit 1
uv add "pydantic>=2.11" "pydantic-settings>=2.9"
uv add --dev pytest ruff pyright
# Run any command in the project environment; uv creates and syncs .venv as needed.
uv run pytest
