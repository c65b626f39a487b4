# Extracted from docs/ppp/tooling.md:98 by `handbook extract`.
# Edit the page, not this file.
uv add "pydantic>=2.11" "pydantic-settings>=2.9"   # declare and lock a dependency
uv sync --locked                                   # CI: install exactly what uv.lock says
uv run python -m pristine_shop                     # run inside the project environment
