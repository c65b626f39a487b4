# Extracted from docs/uds/testing-standards.md:37 by `handbook extract`.
# Edit the page, not this file.
import re

import pytest


class InvalidInputError(ValueError):
    pass


class SkuProcessor:
    def __init__(self, pattern: str = r"[A-Z0-9_]+") -> None:
        self.pattern = re.compile(pattern)

    def validate_sku(self, value: str | None) -> bool:
        return value is not None and self.pattern.fullmatch(value) is not None

    def process(self, skus: list[str] | dict[str, str]) -> int:
        if isinstance(skus, dict):
            raise InvalidInputError("Invalid input format: expected a list of SKUs")
        return sum(self.validate_sku(sku) for sku in skus)


@pytest.fixture
def processor() -> SkuProcessor:
    return SkuProcessor()


def test_valid_input_is_counted(processor: SkuProcessor) -> None:
    assert processor.process(["VALID_SKU", "123"]) == 2


def test_invalid_input_is_refused(processor: SkuProcessor) -> None:
    with pytest.raises(InvalidInputError, match="Invalid input format"):
        processor.process({"invalid": "data"})


EDGE_CASES = [
    ("VALID_SKU", True),
    ("", False),
    (None, False),
    ("123", True),
    ("special!@#", False),
]


@pytest.mark.parametrize(("value", "expected"), EDGE_CASES)
def test_sku_edge_cases(
    processor: SkuProcessor, value: str | None, *, expected: bool
) -> None:
    assert processor.validate_sku(value) is expected


if __name__ == "__main__":
    assert pytest.main(["-q", "-p", "no:cacheprovider", __file__]) == pytest.ExitCode.OK
