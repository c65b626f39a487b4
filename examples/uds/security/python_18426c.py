# Extracted from docs/uds/security.md:293 by `handbook extract`.
# Edit the page, not this file.
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

hasher = PasswordHasher()
stored = hasher.hash("correct horse battery staple")
matches = hasher.verify(stored, "correct horse battery staple")
print(stored.startswith("$argon2id$"), matches)
#> True True
try:
    hasher.verify(stored, "Tr0ub4dor&3")
except VerifyMismatchError:
    print("wrong password refused")
    #> wrong password refused
