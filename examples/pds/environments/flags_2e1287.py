# Extracted from docs/pds/environments.md:187 by `handbook extract`.
# Edit the page, not this file.
import os
from unittest import mock

from pydantic_settings import BaseSettings, SettingsConfigDict


class Flags(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_")

    features: frozenset[str] = frozenset()

    def enabled(self, feature: str) -> bool:
        return feature in self.features


with mock.patch.dict(os.environ, {"SHOP_FEATURES": '["gift-cards", "new-checkout"]'}):
    flags = Flags()
print(flags.enabled("gift-cards"), flags.enabled("loyalty"))
#> True False
