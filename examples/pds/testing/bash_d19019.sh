# Extracted from docs/pds/testing.md:262 by `handbook extract`.
# Edit the page, not this file.
uv run pytest -m "unit and not slow"    # the quick loop while editing
uv run pytest -m integration            # the CI job that has a database
