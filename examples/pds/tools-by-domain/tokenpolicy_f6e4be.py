# Extracted from docs/pds/tools-by-domain.md:1166 by `handbook extract`.
# Edit the page, not this file.
from datetime import timedelta
from typing import Literal

from pydantic import BaseModel, Field, ValidationError


class TokenPolicy(BaseModel):
    """What every service in the organization accepts when issuing tokens."""

    issuer: str
    audience: str
    algorithm: Literal["RS256", "ES256"] = "ES256"
    access_ttl: timedelta = Field(
        default=timedelta(minutes=15),
        ge=timedelta(minutes=15),
        le=timedelta(minutes=60),
    )
    refresh_ttl: timedelta = timedelta(days=14)


policy = TokenPolicy(issuer="https://auth.example.com", audience="orders-api")
print(policy.algorithm, policy.access_ttl)
#> ES256 0:15:00

for bad in ({"algorithm": "HS256"}, {"access_ttl": "PT8H"}):
    try:
        TokenPolicy.model_validate(
            {"issuer": "https://auth.example.com", "audience": "orders-api", **bad}
        )
    except ValidationError as exc:
        print(exc.errors()[0]["loc"], exc.errors()[0]["type"])
        #> ('algorithm',) literal_error
        #> ('access_ttl',) less_than_equal
