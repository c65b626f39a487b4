# Extracted from docs/pds/tools-by-domain.md:1222 by `handbook extract`.
# Edit the page, not this file.
from datetime import UTC, datetime

import jwt
from cryptography.hazmat.primitives.asymmetric import ec

ISSUER, AUDIENCE = "https://auth.example.com", "orders-api"
key = ec.generate_private_key(ec.SECP256R1())
far_future = datetime(2100, 1, 1, tzinfo=UTC)
good = {"sub": "42", "iss": ISSUER, "aud": AUDIENCE, "exp": far_future}
cases = {
    "valid": good,
    "expired": {**good, "exp": 1_000_000_000},
    "other audience": {**good, "aud": "billing-api"},
    "no exp": {"sub": "42", "iss": ISSUER, "aud": AUDIENCE},
}
for name, claims in cases.items():
    try:
        jwt.decode(
            jwt.encode(claims, key, algorithm="ES256"),
            key.public_key(),
            algorithms=["ES256"],
            issuer=ISSUER,
            audience=AUDIENCE,
            options={"require": ["exp", "iss", "aud"]},
        )
        verdict = "accepted"
    except jwt.InvalidTokenError as exc:
        verdict = f"rejected ({type(exc).__name__})"
    print(f"{name}: {verdict}")
    #> valid: accepted
    #> expired: rejected (ExpiredSignatureError)
    #> other audience: rejected (InvalidAudienceError)
    #> no exp: rejected (MissingRequiredClaimError)
