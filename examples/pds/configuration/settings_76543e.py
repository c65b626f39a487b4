# Extracted from docs/pds/configuration.md:103 by `handbook extract`.
# Edit the page, not this file.
import os
from functools import cache

from fastapi import FastAPI
from pydantic import PostgresDsn, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_")

    database_url: PostgresDsn
    port: int = 8000


@cache
def get_settings() -> Settings:
    return Settings()  # pyright: ignore[reportCallIssue]


def create_app() -> FastAPI:
    settings = get_settings()  # read and validated before any route exists
    app = FastAPI(title="shop")
    app.state.settings = settings
    return app


os.environ["SHOP_PORT"] = "eighty"
try:
    create_app()
except ValidationError as error:
    for problem in error.errors():
        print(problem["loc"], problem["type"])
        #> ('database_url',) missing
        #> ('port',) int_parsing
