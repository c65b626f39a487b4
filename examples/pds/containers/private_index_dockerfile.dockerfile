# syntax=docker/dockerfile:1
# Extracted from docs/pds/containers.md:127 by `handbook extract`.
# Edit the page, not this file.
FROM python:3.12.12-slim-trixie
COPY --from=ghcr.io/astral-sh/uv:0.13.9 /uv /usr/local/bin/uv
WORKDIR /app
COPY pyproject.toml uv.lock ./
# docker build --secret id=index_token,env=INDEX_TOKEN .
RUN --mount=type=secret,id=index_token \
    UV_INDEX_INTERNAL_PASSWORD="$(cat /run/secrets/index_token)" \
    uv sync --locked --no-dev --no-install-project
USER 10001:10001
