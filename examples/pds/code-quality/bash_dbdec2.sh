# Extracted from docs/pds/code-quality.md:312 by `handbook extract`.
# Edit the page, not this file.
uv run ruff format .            # rewrite files in place
uv run ruff format --check .    # fail without writing, as CI does
