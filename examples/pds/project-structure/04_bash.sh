# Extracted from docs/pds/project-structure.md:147 by `handbook extract`.
# Edit the page, not this file.
uv python pin 3.12
