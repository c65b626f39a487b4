# Extracted from docs/pds/environments.md:137 by `handbook extract`.
# Edit the page, not this file.
import hashlib


def in_rollout(flag: str, user_id: str, percent: int) -> bool:
    digest = hashlib.sha256(f"{flag}:{user_id}".encode()).digest()
    bucket = int.from_bytes(digest[:2], "big") % 100
    return bucket < percent


users = [f"user-{n}" for n in range(10_000)]
for percent in (5, 25, 100):
    enabled = sum(in_rollout("gift-cards", user, percent) for user in users)
    print(percent, enabled)
    #> 5 490
    #> 25 2545
    #> 100 10000
early = {user for user in users if in_rollout("gift-cards", user, 5)}
later = {user for user in users if in_rollout("gift-cards", user, 25)}
print(early <= later)
#> True
