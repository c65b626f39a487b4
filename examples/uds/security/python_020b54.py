# Extracted from docs/uds/security.md:274 by `handbook extract`.
# Edit the page, not this file.
import secrets

token = secrets.token_urlsafe(32)
print(len(token), token.isascii())
#> 43 True
