# Extracted from docs/pds/configuration.md:312 by `handbook extract`.
# Edit the page, not this file.
from pydantic import SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="SHOP_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",  # .env also holds the flags that Features reads
    )

    database_url: str
    payment_api_key: SecretStr
    debug: bool = False


try:
    settings = Settings()  # pyright: ignore[reportCallIssue]
except ValidationError as error:
    missing = [str(problem["loc"][0]) for problem in error.errors()]
    print("missing settings:", ", ".join(missing))
    #> missing settings: database_url, payment_api_key
else:
    print(settings.database_url, "debug" if settings.debug else "no debug")
