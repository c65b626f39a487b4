# Extracted from docs/ppp/elegant-python.md:1202 by `handbook extract`.
# Edit the page, not this file.
uv run ruff check --select F401,F841 .   # unused imports and local variables
uvx vulture src/ --min-confidence 80     # unused functions, classes and attributes
