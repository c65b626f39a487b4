# Extracted from docs/uds/data-validation.md:182 by `handbook extract`.
# Edit the page, not this file.
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, ValidationError


class Channel(StrEnum):
    SHOP = "shop"
    PARTNER = "partner"


class Offer(BaseModel):
    model_config = ConfigDict(validate_assignment=True, use_enum_values=True)

    confidence: float = Field(ge=0.0, le=1.0)
    channel: Channel


offer = Offer(confidence=0.8, channel=Channel.SHOP)
print(repr(offer.channel))
#> 'shop'
try:
    offer.confidence = 7
except ValidationError as error:
    print(error.errors()[0]["type"])
    #> less_than_equal
