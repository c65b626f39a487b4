# Extracted from docs/uds/databases.md:251 by `handbook extract`.
# Edit the page, not this file.
pg_dump --format=custom --file="backups/orders-$(date -u +%F).dump" "${DATABASE_URL}"
