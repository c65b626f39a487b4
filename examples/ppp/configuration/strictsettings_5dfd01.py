# Extracted from docs/ppp/configuration.md:197 by `handbook extract`.
# Edit the page, not this file.
import shutil
import tempfile
from pathlib import Path

from pydantic import ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

workdir = Path(tempfile.mkdtemp())
env_file = workdir / ".env"
env_file.write_text("SHOP_POOL_SIZE=20\nSHOP_POOL_SZIE=30\nCOMPOSE_PROJECT_NAME=shop\n")


class StrictSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_", env_file=env_file)

    pool_size: int = 5


class TolerantSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="SHOP_", env_file=env_file, extra="ignore"
    )

    pool_size: int = 5


try:
    StrictSettings()
except ValidationError as error:
    print([problem["loc"][0] for problem in error.errors()])
    #> ['shop_pool_szie', 'compose_project_name']

print(TolerantSettings().pool_size)
#> 20
shutil.rmtree(workdir)
