# Extracted from docs/pds/configuration.md:242 by `handbook extract`.
# Edit the page, not this file.
import os

from pydantic_settings import BaseSettings, SettingsConfigDict


class Features(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_ENABLE_")

    gift_cards: bool = False
    express_checkout: bool = False


os.environ["SHOP_ENABLE_EXPRESS_CHECKOUT"] = "1"
print(Features())
#> gift_cards=False express_checkout=True
