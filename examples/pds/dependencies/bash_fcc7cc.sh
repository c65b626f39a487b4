# Extracted from docs/pds/dependencies.md:244 by `handbook extract`.
# Edit the page, not this file.
uv add "httpx>=0.28"              # edits pyproject.toml and uv.lock together
uv remove requests                # likewise
uv lock                           # after editing pyproject.toml by hand
uv lock --upgrade-package httpx   # move one package forward on purpose
uv lock --check                   # exits 1 if uv.lock no longer matches pyproject.toml
