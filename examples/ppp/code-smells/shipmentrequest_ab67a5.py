# Extracted from docs/ppp/code-smells.md:47 by `handbook extract`.
# Edit the page, not this file.
from pydantic import BaseModel, ConfigDict, Field, ValidationError


class ShipmentRequest(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    sender: str
    recipient: str
    weight_kg: float = Field(gt=0, le=30)
    express: bool = False
    insured: bool = False
    note: str = ""


def create_shipment(request: ShipmentRequest) -> str:
    speed = "express" if request.express else "standard"
    cover = "insured" if request.insured else "uninsured"
    return f"{request.sender} -> {request.recipient}, {speed}, {cover}"


request = ShipmentRequest(
    sender="Depot 4", recipient="Ada Shop", weight_kg=2.5, insured=True
)
print(create_shipment(request))
#> Depot 4 -> Ada Shop, standard, insured

try:
    ShipmentRequest(sender="Depot 4", recipient="Ada Shop", weight_kg=45)
except ValidationError as error:
    print(error.errors()[0]["msg"])
    #> Input should be less than or equal to 30
