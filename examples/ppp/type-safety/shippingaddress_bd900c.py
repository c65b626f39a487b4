# Extracted from docs/ppp/type-safety.md:383 by `handbook extract`.
# Edit the page, not this file.
from pydantic import BaseModel, ConfigDict, ValidationError


class ShippingAddress(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    customer: str
    postcode: str


def shipping_label(address: ShippingAddress) -> str:
    return f"{address.customer}, {address.postcode}"


payload = {"customer": "Ada Shop", "post_code": "N1 9GU"}
try:
    ShippingAddress.model_validate(payload)
except ValidationError as error:
    for problem in error.errors():
        print(problem["type"], problem["loc"])
        #> missing ('postcode',)
        #> extra_forbidden ('post_code',)

address = ShippingAddress.model_validate({"customer": "Ada Shop", "postcode": "N1 9GU"})
print(shipping_label(address))
#> Ada Shop, N1 9GU
