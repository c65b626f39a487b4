# Extracted from docs/pds/databases.md:395 by `handbook extract`.
# Edit the page, not this file.
uv run alembic revision --autogenerate -m "create customer"
uv run alembic upgrade head
uv run alembic downgrade -1
