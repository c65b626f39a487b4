# Extracted from docs/ppp/elegant-python.md:289 by `handbook extract`.
# Edit the page, not this file.
from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, PydanticUserError

if TYPE_CHECKING:
    from decimal import Decimal


class Price(BaseModel):
    amount: Decimal


try:
    Price.model_validate({"amount": "9.50"})
except PydanticUserError as error:
    print(error.code)
    #> class-not-fully-defined
