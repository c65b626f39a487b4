# Extracted from docs/uds/environments.md:162 by `handbook extract`.
# Edit the page, not this file.
import os
from enum import StrEnum

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Environment(StrEnum):
    DEVELOPMENT = "development"
    STAGING = "staging"
    PRODUCTION = "production"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", case_sensitive=False)

    environment: Environment = Environment.DEVELOPMENT
    debug: bool = False
    database_url: SecretStr
    database_pool_size: int = Field(default=5, validation_alias="DB_POOL_SIZE")
    database_echo: bool = Field(default=False, validation_alias="DB_ECHO")
    secret_key: SecretStr
    allowed_hosts: list[str] = ["localhost"]
    rate_limit_per_minute: int = 60
    sentry_dsn: str | None = None
    log_level: str = "INFO"


os.environ.update(
    {
        "DATABASE_URL": "postgresql://app:app@localhost:5432/app_dev",
        "SECRET_KEY": "dev-only-" + "x" * 24,
        "ALLOWED_HOSTS": '["localhost", "orders.internal"]',
    }
)
settings = Settings()  # pyright: ignore[reportCallIssue]
print(settings.debug, settings.database_pool_size, settings.allowed_hosts)
#> False 5 ['localhost', 'orders.internal']
