# Extracted from docs/pds/testing.md:328 by `handbook extract`.
# Edit the page, not this file.
uv run pytest --cov --cov-report=term-missing
