# Extracted from docs/pds/monorepos.md:151 by `handbook extract`.
# Edit the page, not this file.
from decimal import Decimal

from pydantic import BaseModel


class Order(BaseModel):
    order_id: int
    total: Decimal
