# Extracted from docs/ppp/configuration.md:131 by `handbook extract`.
# Edit the page, not this file.
import os
import shutil
import tempfile
from pathlib import Path
from unittest import mock

from pydantic import BaseModel, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

workdir = Path(tempfile.mkdtemp())
env_file = workdir / ".env"
env_file.write_text("SHOP_DATABASE__URL=sqlite:///dev.db\n")


class DatabaseSettings(BaseModel):
    url: str
    pool_size: int = Field(default=5, ge=1)


class AppSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="SHOP_", env_nested_delimiter="__", env_file=env_file
    )

    database: DatabaseSettings


print(AppSettings().database)  # pyright: ignore[reportCallIssue]
#> url='sqlite:///dev.db' pool_size=5

production = {
    "SHOP_DATABASE__URL": "postgresql://db/shop",
    "SHOP_DATABASE__POOL_SIZE": "20",
}
with mock.patch.dict(os.environ, production):
    print(AppSettings().database)  # pyright: ignore[reportCallIssue]
    #> url='postgresql://db/shop' pool_size=20

shutil.rmtree(workdir)
