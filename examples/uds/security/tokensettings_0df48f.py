# Extracted from docs/uds/security.md:155 by `handbook extract`.
# Edit the page, not this file.
import os
from datetime import UTC, datetime, timedelta

import jwt
from pydantic import SecretStr
from pydantic_settings import BaseSettings


class TokenSettings(BaseSettings):
    secret_key: SecretStr
    jwt_algorithm: str = "HS256"
    jwt_expiration_hours: int = 24


os.environ["SECRET_KEY"] = "k" * 32
config = TokenSettings()  # pyright: ignore[reportCallIssue]
issued = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)
lifetime = timedelta(hours=config.jwt_expiration_hours)
claims = {"sub": "user-17", "exp": issued + lifetime}
key = config.secret_key.get_secret_value()
token = jwt.encode(claims, key, algorithm=config.jwt_algorithm)
decoded = jwt.decode(
    token, key, algorithms=[config.jwt_algorithm], options={"verify_exp": False}
)
print(datetime.fromtimestamp(decoded["exp"], UTC).isoformat())
#> 2026-01-06T09:30:00+00:00
