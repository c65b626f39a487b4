# Extracted from docs/pds/patterns.md:488 by `handbook extract`.
# Edit the page, not this file.
from pydantic_settings import BaseSettings, SettingsConfigDict


class Timeouts(BaseSettings):
    """Seconds to wait for each kind of operation (PDS-PAT-011)."""

    model_config = SettingsConfigDict(env_prefix="SHOP_TIMEOUT_")

    internal_http: float = 5.0
    external_http: float = 30.0
    database_query: float = 30.0
    database_report: float = 120.0
    cache: float = 2.0
    publish: float = 10.0
    file_transfer: float = 300.0


timeouts = Timeouts()
print(timeouts.internal_http, timeouts.cache, timeouts.database_report)
#> 5.0 2.0 120.0
