# Extracted from docs/uds/testing.md:233 by `handbook extract`.
# Edit the page, not this file.
import pytest
from pydantic import BaseModel


class InvalidInputError(ValueError):
    pass


class BatchResult(BaseModel):
    accepted: list[str]


def is_valid_sku(value: str | None) -> bool:
    return value is not None and value.replace("-", "").isalnum()


def clean_batch(skus: list[str] | None) -> BatchResult:
    if skus is None:
        raise InvalidInputError("no batch given")
    return BatchResult(accepted=[sku.upper() for sku in skus if is_valid_sku(sku)])


def test_valid_batch_is_accepted_in_full() -> None:
    result = clean_batch(["mug-01", "cap02", "tee3"])
    assert result.accepted == ["MUG-01", "CAP02", "TEE3"]


def test_missing_batch_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="no batch"):
        clean_batch(None)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("MUG-01", True), ("", False), (None, False), ("a b", False)],
)
def test_sku_edge_cases(value: str | None, *, expected: bool) -> None:
    assert is_valid_sku(value) is expected


if __name__ == "__main__":
    assert pytest.main(["-q", "-p", "no:cacheprovider", __file__]) == pytest.ExitCode.OK
