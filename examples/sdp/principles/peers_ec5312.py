# Extracted from docs/sdp/principles.md:1200 by `handbook extract`.
# Edit the page, not this file.
import os

from pydantic import HttpUrl
from pydantic_settings import BaseSettings, SettingsConfigDict


class Peers(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_")

    inventory_url: HttpUrl
    orders_queue: str = "orders"


os.environ["SHOP_INVENTORY_URL"] = "http://inventory.internal:8080"
peers = Peers()  # pyright: ignore[reportCallIssue]
print(peers.inventory_url, peers.orders_queue)
#> http://inventory.internal:8080/ orders
