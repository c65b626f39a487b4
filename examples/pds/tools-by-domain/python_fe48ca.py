# Extracted from docs/pds/tools-by-domain.md:1120 by `handbook extract`.
# Edit the page, not this file.
import hashlib
import hmac
import json

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from jwt.utils import base64url_encode

private_key = ec.generate_private_key(ec.SECP256R1())  # never leaves the issuer
public_pem = private_key.public_key().public_bytes(
    serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
)

token = jwt.encode({"sub": "42"}, private_key, algorithm="ES256")
print(jwt.decode(token, public_pem, algorithms=["ES256"]))
#> {'sub': '42'}

# No secret needed: a header, claims and an HMAC keyed with the public key.
header = base64url_encode(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
claims = base64url_encode(json.dumps({"sub": "1", "role": "admin"}).encode())
mac = hmac.new(public_pem, header + b"." + claims, hashlib.sha256).digest()
forged = b".".join([header, claims, base64url_encode(mac)])
try:
    jwt.decode(forged, public_pem, algorithms=["ES256"])
except jwt.InvalidAlgorithmError as exc:
    print("rejected:", exc)
    #> rejected: The specified alg value is not allowed
