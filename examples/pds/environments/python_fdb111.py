# Extracted from docs/pds/environments.md:227 by `handbook extract`.
# Edit the page, not this file.
import tempfile
from pathlib import Path

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

with tempfile.TemporaryDirectory() as mounted:
    # What Cloud Run or Kubernetes provides: one file per secret, named after it.
    Path(mounted, "database_password").write_text(
        "s3cr3t-from-manager\n", encoding="utf-8"
    )

    class Settings(BaseSettings):
        model_config = SettingsConfigDict(secrets_dir=mounted)

        database_password: SecretStr

    settings = Settings()  # pyright: ignore[reportCallIssue] - filled from the files
    print(settings.database_password)
    #> **********
    print(len(settings.database_password.get_secret_value()))
    #> 19
