# Extracted from docs/pds/tools-by-domain.md:974 by `handbook extract`.
# Edit the page, not this file.
import jwt
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from cryptography.hazmat.primitives.asymmetric import ec

hasher = PasswordHasher()  # Argon2id with the library's current cost settings
stored = hasher.hash("correct horse battery staple")
print(stored.split("$")[1:4])  # the hash records its own algorithm and cost
#> ['argon2id', 'v=19', 'm=65536,t=3,p=4']
print(hasher.verify(stored, "correct horse battery staple"))
#> True
try:
    hasher.verify(stored, "Tr0ub4dor&3")
except VerifyMismatchError:
    print("wrong password")
    #> wrong password

# A hash made with weaker settings still verifies; rehash it at the next login.
legacy = PasswordHasher(time_cost=1, memory_cost=19_456).hash("hunter2")
print(hasher.check_needs_rehash(legacy), hasher.check_needs_rehash(stored))
#> True False

signing_key = ec.generate_private_key(ec.SECP256R1())
token = jwt.encode({"sub": "42", "role": "reader"}, signing_key, algorithm="ES256")
print(jwt.decode(token, signing_key.public_key(), algorithms=["ES256"]))
#> {'sub': '42', 'role': 'reader'}
