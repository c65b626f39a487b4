# Extracted from docs/ppp/elegant-python.md:734 by `handbook extract`.
# Edit the page, not this file.
from pydantic import RootModel, ValidationError, field_validator


class EmailAddress(RootModel[str]):
    @field_validator("root")
    @classmethod
    def looks_like_email(cls, value: str) -> str:
        local, at, domain = value.strip().lower().partition("@")
        if not (local and at and "." in domain):
            raise ValueError("not an email address")
        return f"{local}@{domain}"

    def domain(self) -> str:
        return self.root.partition("@")[2]

    def __str__(self) -> str:
        return self.root


address = EmailAddress(" Ada@Example.COM ")
print(address, address.domain())
#> ada@example.com example.com
try:
    EmailAddress("ada.example.com")
except ValidationError as error:
    print(error.errors()[0]["msg"])
    #> Value error, not an email address
