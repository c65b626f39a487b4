# Extracted from docs/pds/tools-by-domain.md:109 by `handbook extract`.
# Edit the page, not this file.
# Exactly the versions uv.lock pins, hashes included
uv export --locked --no-emit-project --format requirements.txt -o audit-requirements.txt
uvx pip-audit --disable-pip --strict -r audit-requirements.txt

# The image we are about to push; serious findings fail the job
trivy image --exit-code 1 --severity HIGH,CRITICAL shop:latest
