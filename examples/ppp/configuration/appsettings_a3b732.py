# Extracted from docs/ppp/configuration.md:90 by `handbook extract`.
# Edit the page, not this file.
import os
from functools import lru_cache
from unittest import mock

from pydantic_settings import BaseSettings, SettingsConfigDict


class AppSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_")

    database_url: str


@lru_cache
def get_settings() -> AppSettings:
    return AppSettings()  # pyright: ignore[reportCallIssue] # fields come from env


with mock.patch.dict(os.environ, {"SHOP_DATABASE_URL": "sqlite:///test.db"}):
    first = get_settings()
    print(first is get_settings(), first.database_url)
    #> True sqlite:///test.db

get_settings.cache_clear()
with mock.patch.dict(os.environ, {"SHOP_DATABASE_URL": "sqlite:///other.db"}):
    print(get_settings().database_url)
    #> sqlite:///other.db
get_settings.cache_clear()
