# Extracted from docs/ppp/tooling.md:151 by `handbook extract`.
# Edit the page, not this file.
uv run mypy src tests   # exits non-zero on any error
uv run pyright          # likewise; CI fails on either
