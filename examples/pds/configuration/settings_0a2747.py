# Extracted from docs/pds/configuration.md:156 by `handbook extract`.
# Edit the page, not this file.
from typing import Literal

from pydantic import ValidationError
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    log_format: Literal["console", "json"] = "console"
    request_timeout_seconds: float = 10.0


try:
    Settings(log_format="xml")  # pyright: ignore[reportArgumentType]
except ValidationError as error:
    print(error.errors()[0]["msg"])
    #> Input should be 'console' or 'json'
