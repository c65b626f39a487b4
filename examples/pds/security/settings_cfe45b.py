# Extracted from docs/pds/security.md:474 by `handbook extract`.
# Edit the page, not this file.
import os

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_")

    payment_api_key: SecretStr


os.environ["SHOP_PAYMENT_API_KEY"] = "sk_live_from_the_secret_manager"
settings = Settings()  # pyright: ignore[reportCallIssue]
print(settings)
#> payment_api_key=SecretStr('**********')
print(settings.payment_api_key.get_secret_value().startswith("sk_live_"))
#> True
