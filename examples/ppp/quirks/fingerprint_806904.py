# Extracted from docs/ppp/quirks.md:36 by `handbook extract`.
# Edit the page, not this file.
import hashlib


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:12]


print(fingerprint(b"order-7"))
#> df8cf80227ec
