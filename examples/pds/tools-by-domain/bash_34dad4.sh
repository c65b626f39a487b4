# Extracted from docs/pds/tools-by-domain.md:82 by `handbook extract`.
# Edit the page, not this file.
# Our own code; Bandit reads its settings from [tool.bandit] in pyproject.toml
uvx bandit -c pyproject.toml -r src

# Stricter projects add their own rules; --error fails the job on any finding
uvx semgrep scan --config .semgrep/ --error src
