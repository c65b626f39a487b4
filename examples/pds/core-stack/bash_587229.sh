# Extracted from docs/pds/core-stack.md:125 by `handbook extract`.
# Edit the page, not this file.
# Create a packaged project for Python 3.12 (written to .python-version), built with
# Hatchling, then declare what it needs.
uv init --package --python 3.12 --build-backend hatch shop
cd shop || exit 1
uv add "pydantic>=2.11" "pydantic-settings>=2.9"
uv add --dev "pytest>=9" "ruff>=0.17" "pyright>=1.1.400"
# Run any command in the project environment; uv creates and syncs .venv as needed.
uv run pytest
