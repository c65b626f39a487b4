# Extracted from docs/pds/configuration.md:185 by `handbook extract`.
# Edit the page, not this file.
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    debug: bool = False
    port: int = 8000
    log_level: str = "INFO"
    cache_url: str = "redis://localhost:6379/0"


print(Settings().model_dump())
#> {'debug': False, 'port': 8000, 'log_level': 'INFO', 'cache_url': 'redis://localhost:6379/0'}
