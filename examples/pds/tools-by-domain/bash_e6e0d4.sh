# Extracted from docs/pds/tools-by-domain.md:946 by `handbook extract`.
# Edit the page, not this file.
uv tool install keyring --with keyrings.google-artifactregistry-auth
export UV_INDEX_ACME_USERNAME=oauth2accesstoken
uv sync
