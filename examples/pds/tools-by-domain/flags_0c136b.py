# Extracted from docs/pds/tools-by-domain.md:845 by `handbook extract`.
# Edit the page, not this file.
import os

from pydantic_settings import BaseSettings, SettingsConfigDict


class Flags(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FLAG_")

    new_checkout: bool = False
    search_v2: bool = False


os.environ["FLAG_NEW_CHECKOUT"] = "true"
flags = Flags()
print(flags.new_checkout, flags.search_v2)
#> True False
