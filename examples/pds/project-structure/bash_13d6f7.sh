# Extracted from docs/pds/project-structure.md:58 by `handbook extract`.
# Edit the page, not this file.
uv init --package --python 3.12 --build-backend hatch shop   # an application or service
uv init --lib --python 3.12 --build-backend hatch shop-client # a library (adds py.typed)
