# Extracted from docs/pds/tools-by-domain.md:1266 by `handbook extract`.
# Edit the page, not this file.
import base64
import json


def b64url(data: dict[str, object]) -> str:
    raw = json.dumps(data, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


# A token as a careless service might issue it (signature left out).
token = ".".join(
    [
        b64url({"alg": "ES256", "typ": "JWT"}),
        b64url({"sub": "42", "email": "ana@example.com", "salary": 91000}),
        "signature-goes-here",
    ]
)

# Anyone holding the token can read the claims: no key is needed.
payload = token.split(".")[1]
padded = payload + "=" * (-len(payload) % 4)
print(json.loads(base64.urlsafe_b64decode(padded)))
#> {'sub': '42', 'email': 'ana@example.com', 'salary': 91000}
