# Extracted from docs/pds/project-structure.md:55 by `handbook extract`.
# Edit the page, not this file.
uv init --package --build-backend hatch shop   # an application or service
uv init --lib --build-backend hatch shop-client # a library (adds py.typed)
