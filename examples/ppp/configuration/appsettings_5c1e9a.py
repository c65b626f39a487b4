# Extracted from docs/ppp/configuration.md:251 by `handbook extract`.
# Edit the page, not this file.
import os
from functools import lru_cache
from unittest import mock

from pydantic import ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict


class AppSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_")

    database_url: str


@lru_cache
def get_settings() -> AppSettings:
    return AppSettings()  # pyright: ignore[reportCallIssue] # fields come from env


def main() -> int:
    try:
        settings = get_settings()
    except ValidationError as error:
        fields = ", ".join(str(problem["loc"][0]) for problem in error.errors())
        print("configuration error:", fields)
        #> configuration error: database_url
        return 1
    print("serving with", settings.database_url)
    #> serving with sqlite:///shop.db
    return 0


with mock.patch.dict(os.environ, {}, clear=True):
    print("exit status", main())
    #> exit status 1

with mock.patch.dict(os.environ, {"SHOP_DATABASE_URL": "sqlite:///shop.db"}):
    print("exit status", main())
    #> exit status 0
