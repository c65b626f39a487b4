# Extracted from docs/uds/compliance.md:39 by `handbook extract`.
# Edit the page, not this file.
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, ValidationError


class Role(StrEnum):
    VIEWER = "viewer"
    ADMIN = "admin"


class SecureInputModel(BaseModel):
    model_config = ConfigDict(
        str_strip_whitespace=True, validate_assignment=True, use_enum_values=True
    )


class Signup(SecureInputModel):
    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+$", max_length=254)
    role: Role = Role.VIEWER


signup = Signup(email="  ada@example.com ", role=Role.ADMIN)
print(repr(signup.email), repr(signup.role))
#> 'ada@example.com' 'admin'
try:
    signup.email = "not an address"
except ValidationError as error:
    print(error.errors()[0]["type"])
    #> string_pattern_mismatch
