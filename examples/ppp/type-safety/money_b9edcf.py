# Extracted from docs/ppp/type-safety.md:427 by `handbook extract`.
# Edit the page, not this file.
from pydantic import BaseModel, ConfigDict, ValidationError
from pydantic_core import PydanticSerializationError


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents


class Invoice(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    total: Money


invoice = Invoice(total=Money(1250))
print(invoice.total.cents)
#> 1250

try:
    Invoice.model_validate({"total": 1250})
except ValidationError as error:
    print(error.errors()[0]["type"])
    #> is_instance_of

try:
    invoice.model_dump_json()
except PydanticSerializationError as error:
    print(type(error).__name__)
    #> PydanticSerializationError
