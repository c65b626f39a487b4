# Extracted from docs/uds/testing-standards.md:111 by `handbook extract`.
# Edit the page, not this file.
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


class InvalidInputError(ValueError):
    pass


def normalise_string(raw: str) -> str:
    cleaned = " ".join(raw.split())
    if not cleaned:
        raise InvalidInputError("only whitespace")
    return cleaned.upper()


@settings(database=None)
@given(st.text(min_size=1, max_size=50))
def test_normalising_returns_text_or_refuses(raw: str) -> None:
    try:
        result = normalise_string(raw)
    except InvalidInputError:
        return
    assert result == result.strip()
    assert normalise_string(result) == result


if __name__ == "__main__":
    assert pytest.main(["-q", "-p", "no:cacheprovider", __file__]) == pytest.ExitCode.OK
