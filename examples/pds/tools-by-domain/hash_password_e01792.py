# Extracted from docs/pds/tools-by-domain.md:1035 by `handbook extract`.
# Edit the page, not this file.
import hashlib
import hmac
import secrets

# scrypt cost settings from the OWASP Password Storage Cheat Sheet.
N, R, P = 2**17, 8, 1
MAXMEM = 2**28  # scrypt needs 128 * R * N bytes = 128 MiB here


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode(), salt=salt, n=N, r=R, p=P, maxmem=MAXMEM, dklen=32
    )
    return f"scrypt${N}${R}${P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    _, n, r, p, salt, expected = stored.split("$")
    digest = hashlib.scrypt(
        password.encode(),
        salt=bytes.fromhex(salt),
        n=int(n),
        r=int(r),
        p=int(p),
        maxmem=MAXMEM,
        dklen=32,
    )
    return hmac.compare_digest(digest.hex(), expected)


stored = hash_password("correct horse battery staple")
print(stored.split("$")[:4])
#> ['scrypt', '131072', '8', '1']
print(verify_password("correct horse battery staple", stored))
#> True
print(verify_password("Tr0ub4dor&3", stored))
#> False
