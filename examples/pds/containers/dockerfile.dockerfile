# syntax=docker/dockerfile:1
# Extracted from docs/pds/containers.md:33 by `handbook extract`.
# Edit the page, not this file.
# Image for the `shop` service (PDS-DKR-001 to PDS-DKR-005). Build it with
#   docker build -t shop:1.4.0 .
# from a folder whose .dockerignore follows PDS-DKR-010.

# uv itself, pinned; only its binary is copied out of this stage.
FROM ghcr.io/astral-sh/uv:0.13.9 AS uv

# --- builder: resolve and install the locked dependencies into /app/.venv ---
FROM python:3.12.12-slim-trixie AS builder
ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never
COPY --from=uv /uv /usr/local/bin/uv
WORKDIR /app
# Dependencies first: this layer is rebuilt only when the lock file changes.
RUN --mount=type=cache,target=/root/.cache/uv \
    --mount=type=bind,source=uv.lock,target=uv.lock \
    --mount=type=bind,source=pyproject.toml,target=pyproject.toml \
    uv sync --locked --no-dev --no-install-project
COPY . .
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --locked --no-dev --no-editable

# --- runtime: the interpreter, the virtual environment, nothing else ---
FROM python:3.12.12-slim-trixie AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PYTHONFAULTHANDLER=1 \
    PATH="/app/.venv/bin:$PATH"
RUN groupadd --system --gid 10001 appuser \
    && useradd --system --uid 10001 --gid appuser --no-create-home appuser \
    && mkdir -p /app/var \
    && chown appuser:appuser /app/var
WORKDIR /app
# Owned by root and only readable by the app: it cannot rewrite its own code.
COPY --from=builder /app/.venv /app/.venv
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health/live', timeout=2)"]
# Exec form: uvicorn is PID 1 and receives SIGTERM itself (PDS-DKR-011).
CMD ["uvicorn", "shop.main:app", "--host", "0.0.0.0", "--port", "8000", "--timeout-graceful-shutdown", "25"]
