# Extracted from docs/pds/dependencies.md:271 by `handbook extract`.
# Edit the page, not this file.
uv sync --frozen   # exit 0: installs what the stale lock says, without a warning
uv sync --locked   # exit 1: "The lockfile at `uv.lock` needs to be updated, but `--locked` was provided."
