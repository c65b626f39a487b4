# Extracted from docs/uds/security.md:124 by `handbook extract`.
# Edit the page, not this file.
# pyright: reportCallIssue=false, reportUnknownVariableType=false
import os
import warnings

from pydantic import Field
from pydantic_settings import BaseSettings

os.environ["DB_POOL_SIZE"] = "20"
with warnings.catch_warnings():
    warnings.simplefilter("ignore")

    class LegacySettings(BaseSettings):
        database_pool_size: int = Field(5, env="DB_POOL_SIZE")


print(LegacySettings().database_pool_size)
#> 5
