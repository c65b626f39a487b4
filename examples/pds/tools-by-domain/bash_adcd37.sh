# Extracted from docs/pds/tools-by-domain.md:478 by `handbook extract`.
# Edit the page, not this file.
# Once per project: the migration environment, from Alembic's async template
uv run alembic init -t async migrations
# For each model change: generate a revision from the metadata, review it, apply it
uv run alembic revision --autogenerate -m "add invoice table"
uv run alembic upgrade head
