# Extracted from docs/ppp/quirks.md:25 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: PLC0415
# pyright: basic
def fingerprint(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()[:12]


print(fingerprint(b"order-7"))
#> df8cf80227ec
