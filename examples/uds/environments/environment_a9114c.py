# Extracted from docs/uds/environments.md:220 by `handbook extract`.
# Edit the page, not this file.
import os
from enum import StrEnum
from typing import Self

from pydantic import SecretStr, ValidationError, model_validator
from pydantic_settings import BaseSettings


class Environment(StrEnum):
    DEVELOPMENT = "development"
    STAGING = "staging"
    PRODUCTION = "production"


class ProductionAwareSettings(BaseSettings):
    environment: Environment = Environment.DEVELOPMENT
    debug: bool = False
    database_echo: bool = False
    secret_key: SecretStr
    allowed_hosts: list[str] = ["localhost"]
    sentry_dsn: str | None = None

    @model_validator(mode="after")
    def production_is_strict(self) -> Self:
        if self.environment is not Environment.PRODUCTION:
            return self
        problems = [
            name
            for name, broken in {
                "debug": self.debug,
                "database_echo": self.database_echo,
                "sentry_dsn": self.sentry_dsn is None,
                "secret_key": len(self.secret_key.get_secret_value()) < 32,
                "allowed_hosts": "localhost" in self.allowed_hosts,
            }.items()
            if broken
        ]
        if problems:
            raise ValueError(f"production forbids: {', '.join(problems)}")
        return self


os.environ.update({"SECRET_KEY": "short", "DEBUG": "true"})
print(ProductionAwareSettings().debug)  # pyright: ignore[reportCallIssue]
#> True
os.environ["ENVIRONMENT"] = "production"
try:
    ProductionAwareSettings()  # pyright: ignore[reportCallIssue]
except ValidationError as error:
    print(error.errors()[0]["msg"])
    #> Value error, production forbids: debug, sentry_dsn, secret_key, allowed_hosts
