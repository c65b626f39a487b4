# Extracted from docs/pds/dependencies.md:229 by `handbook extract`.
# Edit the page, not this file.
git checkout --ours uv.lock   # drop the conflict markers: keep one side of the file
uv lock                       # re-resolve against the merged pyproject.toml
git add uv.lock
