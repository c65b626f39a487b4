# Extracted from docs/pds/configuration.md:41 by `handbook extract`.
# Edit the page, not this file.
import os

from pydantic import Field, PostgresDsn, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything the shop service can be configured with."""

    model_config = SettingsConfigDict(env_prefix="SHOP_", frozen=True)

    database_url: PostgresDsn
    """Where orders are stored; no default, so production cannot start without it."""
    payment_api_key: SecretStr
    """The payment provider's key; kept out of logs and tracebacks."""
    debug: bool = False
    port: int = Field(default=8000, ge=1, le=65535)
    allowed_origins: list[str] = []
    enable_gift_cards: bool = False
    """Feature flag: the gift card checkout, still being rolled out."""


os.environ.update(
    {
        "SHOP_DATABASE_URL": "postgresql://shop@db.internal:5432/shop",
        "SHOP_PAYMENT_API_KEY": "sk_live_from_the_secret_manager",
        "SHOP_PORT": "8080",
        "SHOP_ALLOWED_ORIGINS": '["https://shop.example.com"]',
        "SHOP_ENABLE_GIFT_CARDS": "true",
    }
)
settings = Settings()  # pyright: ignore[reportCallIssue]
database = settings.database_url.hosts()[0]
print(database["host"], settings.port, settings.enable_gift_cards)
#> db.internal 8080 True
print(settings.allowed_origins, settings.payment_api_key)
#> ['https://shop.example.com'] **********
