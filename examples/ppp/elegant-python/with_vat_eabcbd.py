# Extracted from docs/ppp/elegant-python.md:267 by `handbook extract`.
# Edit the page, not this file.
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decimal import Decimal


def with_vat(net: Decimal, rate: Decimal) -> Decimal:
    return net * (1 + rate)


print(TYPE_CHECKING, with_vat.__annotations__["net"])
#> False Decimal
