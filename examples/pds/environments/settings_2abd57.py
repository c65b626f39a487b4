# Extracted from docs/pds/environments.md:47 by `handbook extract`.
# Edit the page, not this file.
import os
from typing import Literal, Self
from unittest import mock

from pydantic import ValidationError, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_")

    environment: Literal["development", "staging", "production"] = "development"
    debug: bool = False
    log_level: Literal["DEBUG", "INFO", "WARNING"] = "INFO"
    database_url: str = "sqlite:///dev.db"

    @model_validator(mode="after")
    def no_debug_in_production(self) -> Self:
        if self.environment == "production" and self.debug:
            raise ValueError("debug must be off in production")
        return self


ENVIRONMENTS = {
    "development": {"SHOP_DEBUG": "true", "SHOP_LOG_LEVEL": "DEBUG"},
    "staging": {"SHOP_ENVIRONMENT": "staging", "SHOP_DATABASE_URL": "postgresql://stg"},
    "production": {
        "SHOP_ENVIRONMENT": "production",
        "SHOP_DATABASE_URL": "postgresql://db",
    },
}

for name, variables in ENVIRONMENTS.items():
    with mock.patch.dict(os.environ, variables):
        settings = Settings()
    print(name, settings.debug, settings.log_level, settings.database_url)
    #> development True DEBUG sqlite:///dev.db
    #> staging False INFO postgresql://stg
    #> production False INFO postgresql://db

try:
    Settings(environment="production", debug=True)
except ValidationError as error:
    print(error.errors()[0]["msg"])
    #> Value error, debug must be off in production
