# Extracted from docs/pds/use-cases.md:202 by `handbook extract`.
# Edit the page, not this file.
uv build
uv publish --index acme --username oauth2accesstoken
