# Extracted from docs/uds/environments.md:119 by `handbook extract`.
# Edit the page, not this file.
import os
from enum import StrEnum

from pydantic import ValidationError
from pydantic_settings import BaseSettings


class Environment(StrEnum):
    DEVELOPMENT = "development"
    STAGING = "staging"
    PRODUCTION = "production"


class Runtime(BaseSettings):
    environment: Environment = Environment.DEVELOPMENT


print(Runtime().environment)
#> development
os.environ["ENVIRONMENT"] = "prod"
try:
    Runtime()
except ValidationError as error:
    print(error.errors()[0]["type"])
    #> enum
