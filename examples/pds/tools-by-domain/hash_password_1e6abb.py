# Extracted from docs/pds/tools-by-domain.md:1094 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: S324
# pyright: basic
import hashlib


def hash_password(password: str) -> str:
    # Fast, unsalted, and found in precomputed tables within seconds.
    return hashlib.md5(password.encode()).hexdigest()


print(hash_password("letmein"))
#> 0d107d09f5bbe40cade3de5c71e9e9b7
