# Extracted from docs/pds/testing.md:641 by `handbook extract`.
# Edit the page, not this file.
py-spy top --pid "$(pgrep -f 'uvicorn acme_orders.main:app')"
py-spy record --output profile.svg -- python -m acme_orders.batch
