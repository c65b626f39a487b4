# Extracted from docs/pds/project-structure.md:150 by `handbook extract`.
# Edit the page, not this file.
uv python pin 3.12
