# Extracted from docs/pds/containers.md:173 by `handbook extract`.
# Edit the page, not this file.
FROM python:3.12.12-slim-trixie
RUN useradd --system --uid 10001 appuser
WORKDIR /app
USER appuser
CMD ["python", "-m", "shop"]
