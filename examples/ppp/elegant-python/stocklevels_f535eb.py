# Extracted from docs/ppp/elegant-python.md:399 by `handbook extract`.
# Edit the page, not this file.
from typing import Protocol


class StockLevels(Protocol):
    def level(self, sku: str) -> int:
        """Units in stock; 0, never an error, for an unknown SKU."""
        ...


class DictLevels:
    def __init__(self, levels: dict[str, int]) -> None:
        self._levels = levels

    def level(self, sku: str) -> int:
        return self._levels.get(sku, 0)


class StrictLevels:
    def __init__(self, levels: dict[str, int]) -> None:
        self._levels = levels

    def level(self, sku: str) -> int:
        return self._levels[sku]


def check_contract(levels: StockLevels) -> list[str]:
    broken: list[str] = []
    try:
        if levels.level("NO-SUCH-SKU") != 0:
            broken.append("unknown SKU is not 0")
    except KeyError:
        broken.append("unknown SKU raises KeyError")
    return broken


for implementation in (DictLevels({"MUG-01": 3}), StrictLevels({"MUG-01": 3})):
    print(type(implementation).__name__, check_contract(implementation))
    #> DictLevels []
    #> StrictLevels ['unknown SKU raises KeyError']
