# Extracted from docs/ppp/type-safety.md:76 by `handbook extract`.
# Edit the page, not this file.
from decimal import Decimal
from typing import TypeVar

ItemT = TypeVar("ItemT")
KeyT = TypeVar("KeyT")
ItemT_co = TypeVar("ItemT_co", covariant=True)
ItemT_contra = TypeVar("ItemT_contra", contravariant=True)
AmountT = TypeVar("AmountT", int, Decimal)

print(ItemT_co.__covariant__, ItemT_contra.__contravariant__)
#> True True
print(AmountT.__constraints__)
#> (<class 'int'>, <class 'decimal.Decimal'>)
