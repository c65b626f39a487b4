# Extracted from docs/dpg/creational.md:338 by `handbook extract`.
# Edit the page, not this file.
import functools
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    database_url: str
    pool_size: int


@functools.cache
def get_settings() -> Settings:
    return Settings(
        database_url=os.environ.get("SHOP_DATABASE_URL", "sqlite:///:memory:"),
        pool_size=int(os.environ.get("SHOP_POOL_SIZE", "5")),
    )


print(get_settings() is get_settings(), get_settings().pool_size)
#> True 5
get_settings.cache_clear()
print(get_settings() is get_settings())
#> True
