# Extracted from docs/pds/core-stack.md:476 by `handbook extract`.
# Edit the page, not this file.
import os
from unittest import mock

from pydantic import SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_", extra="ignore")

    database_url: str = "sqlite:///:memory:"
    port: int = 8000
    debug: bool = False
    api_key: SecretStr = SecretStr("")


environment = {"SHOP_PORT": "9000", "SHOP_DEBUG": "true", "SHOP_API_KEY": "k-123"}
with mock.patch.dict(os.environ, environment):
    settings = Settings()
print(settings.port, settings.debug, settings.api_key)
#> 9000 True **********
print(settings.database_url)
#> sqlite:///:memory:

with mock.patch.dict(os.environ, {"SHOP_PORT": "eighty"}):
    try:
        Settings()
    except ValidationError as error:
        print(error.error_count(), error.errors()[0]["loc"])
        #> 1 ('port',)
