# Extracted from docs/ppp/configuration.md:29 by `handbook extract`.
# Edit the page, not this file.
import os
from unittest import mock

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class AppSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_")

    database_url: str
    openai_api_key: SecretStr | None = None
    request_timeout_seconds: float = Field(default=10.0, gt=0)


environment = {
    "SHOP_DATABASE_URL": "postgresql://db.internal/shop",
    "SHOP_OPENAI_API_KEY": "sk-test-123",
}
with mock.patch.dict(os.environ, environment):
    settings = AppSettings()  # pyright: ignore[reportCallIssue] # fields come from env
print(settings.database_url, settings.request_timeout_seconds)
#> postgresql://db.internal/shop 10.0
print(settings.openai_api_key)
#> **********
