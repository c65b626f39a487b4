# Extracted from docs/pds/dependencies.md:198 by `handbook extract`.
# Edit the page, not this file.
uv sync                    # runtime dependencies plus the dev group (uv's default)
uv sync --group docs       # the same, plus the docs group
uv sync --no-dev           # runtime only: what the production image gets
uv sync --extra postgres   # runtime, the dev group and one optional feature
