# Extracted from docs/pds/security.md:106 by `handbook extract`.
# Edit the page, not this file.
uv run bandit -c pyproject.toml -r src
