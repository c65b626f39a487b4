# Extracted from docs/pds/tools-by-domain.md:708 by `handbook extract`.
# Edit the page, not this file.
import os
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_", env_file=".env")

    database_url: SecretStr
    request_timeout_s: float = Field(default=10.0, gt=0)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"


os.environ["SHOP_DATABASE_URL"] = "postgresql://shop:s3cret@db/shop"
os.environ["SHOP_REQUEST_TIMEOUT_S"] = "2.5"

# Pyright cannot know the required field comes from the environment (it has no
# plugin system to teach it), hence the narrowly scoped ignore.
settings = Settings()  # pyright: ignore[reportCallIssue]
print(settings.request_timeout_s, settings.log_level)
#> 2.5 INFO
print(settings.database_url)
#> **********
