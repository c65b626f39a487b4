# Extracted from docs/pds/type-checking.md:283 by `handbook extract`.
# Edit the page, not this file.
uv build --wheel
unzip -l dist/acme_orders-1.4.0-py3-none-any.whl | grep py.typed
