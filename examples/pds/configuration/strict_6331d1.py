# Extracted from docs/pds/configuration.md:344 by `handbook extract`.
# Edit the page, not this file.
import tempfile
from pathlib import Path

from pydantic import ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict


class Strict(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_")

    debug: bool = False


with tempfile.TemporaryDirectory() as folder:
    env_file = Path(folder) / ".env"
    env_file.write_text("SHOP_DEBUG=true\nSHOP_ENABLE_GIFT_CARDS=false\n")
    try:
        Strict(_env_file=env_file)  # pyright: ignore[reportCallIssue]
    except ValidationError as error:
        print(error.errors()[0]["loc"], error.errors()[0]["type"])
        #> ('shop_enable_gift_cards',) extra_forbidden
