# Extracted from docs/uds/infrastructure.md:96 by `handbook extract`.
# Edit the page, not this file.
# Two stages: Poetry and the compilers stay in the first, the image ships the second.
FROM python:3.12-slim AS builder

# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install --no-install-recommends -y build-essential \
    && rm -rf /var/lib/apt/lists/*

ENV POETRY_VERSION=2.1.3 \
    POETRY_NO_INTERACTION=1 \
    POETRY_VIRTUALENVS_IN_PROJECT=true
RUN pip install --no-cache-dir "poetry==${POETRY_VERSION}"

WORKDIR /app
# The lock first: the dependency layer is rebuilt only when the lock changes.
COPY pyproject.toml poetry.lock ./
RUN poetry install --only main --no-root
COPY src/ ./src/
RUN poetry install --only main

FROM python:3.12-slim

# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install --no-install-recommends -y postgresql-client \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 appuser \
    && useradd --system --uid 10001 --gid appuser --no-create-home appuser

WORKDIR /app
COPY --from=builder /app/.venv ./.venv
COPY src/ ./src/
COPY scripts/ ./scripts/
COPY alembic/ ./alembic/
COPY alembic.ini ./
ENV PATH="/app/.venv/bin:${PATH}" \
    PYTHONUNBUFFERED=1

USER 10001:10001

# The image has Python, not curl: ask for the health endpoint with the standard library.
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://localhost:8000/health', timeout=2)"]

CMD ["python", "-m", "shop"]
