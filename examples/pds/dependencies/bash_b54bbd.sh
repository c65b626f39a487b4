# Extracted from docs/pds/dependencies.md:64 by `handbook extract`.
# Edit the page, not this file.
git check-ignore --verbose uv.lock   # prints the ignoring rule; exit 1 means not ignored
git ls-files --error-unmatch uv.lock # fails unless uv.lock is committed
