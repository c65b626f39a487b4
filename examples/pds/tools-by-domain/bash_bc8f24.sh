# Extracted from docs/pds/tools-by-domain.md:380 by `handbook extract`.
# Edit the page, not this file.
uvicorn shop.main:app --host 0.0.0.0 --port "${PORT:-8080}" --workers 1
