# Extracted from docs/uds/rejection-criteria.md:103 by `handbook extract`.
# Edit the page, not this file.
from pydantic import Field
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    model_config = {"env_prefix": "SHOP_"}

    min_confidence: float = Field(default=0.8, ge=0, le=1)
    payments_url: str = "http://localhost:8001"


print(Settings(min_confidence=0.65).min_confidence)
#> 0.65
