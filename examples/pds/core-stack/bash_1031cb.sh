# Extracted from docs/pds/core-stack.md:198 by `handbook extract`.
# Edit the page, not this file.
uv run ruff check --fix .   # lint, applying the safe fixes
uv run ruff format .        # format in place; add --check in CI
