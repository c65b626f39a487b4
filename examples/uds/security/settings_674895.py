# Extracted from docs/uds/security.md:59 by `handbook extract`.
# Edit the page, not this file.
import os

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", case_sensitive=False)

    database_url: SecretStr
    database_pool_size: int = Field(default=5, validation_alias="DB_POOL_SIZE")
    rates_api_key: SecretStr
    maps_api_key: SecretStr | None = None
    secret_key: SecretStr
    max_workers: int = 4
    timeout_seconds: int = 30


os.environ.update(
    {
        "DATABASE_URL": "postgresql://app:s3cret@db:5432/orders",
        "DB_POOL_SIZE": "20",
        "RATES_API_KEY": "rk-0192",
        "secret_key": "x" * 32,
    }
)
settings = Settings()  # pyright: ignore[reportCallIssue] - values come from the environment
print(settings.database_pool_size, settings.database_url)
#> 20 **********
del os.environ["RATES_API_KEY"]
try:
    Settings()  # pyright: ignore[reportCallIssue]
except ValidationError as error:
    print(error.errors()[0]["loc"], error.errors()[0]["type"])
    #> ('rates_api_key',) missing
