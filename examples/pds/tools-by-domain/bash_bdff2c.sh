# Extracted from docs/pds/tools-by-domain.md:373 by `handbook extract`.
# Edit the page, not this file.
# Cloud Run passes the port in $PORT; one worker per vCPU is a sensible start
granian --interface asgi --host 0.0.0.0 --port "${PORT:-8080}" --workers 1 shop.main:app
