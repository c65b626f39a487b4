# Extracted from docs/uds/security.md:104 by `handbook extract`.
# Edit the page, not this file.
import pydantic

name = "BaseSettings"
try:
    getattr(pydantic, name)
except ImportError as error:
    print(type(error).__name__)
    #> PydanticImportError
    print(str(error).split(".")[0])
    #> `BaseSettings` has been moved to the `pydantic-settings` package
