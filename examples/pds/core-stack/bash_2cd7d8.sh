# Extracted from docs/pds/core-stack.md:739 by `handbook extract`.
# Edit the page, not this file.
# Create pyproject.toml around the existing requirements, then lock them.
uv init --bare
uv add -r requirements.txt
uv add --dev -r requirements-dev.txt
uv lock
