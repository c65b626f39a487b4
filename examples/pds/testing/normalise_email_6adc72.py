# Extracted from docs/pds/testing.md:238 by `handbook extract`.
# Edit the page, not this file.
import pytest

pytestmark = pytest.mark.unit


def normalise_email(raw: str) -> str:
    return raw.strip().lower()


def test_email_is_trimmed_and_lowercased() -> None:
    assert normalise_email("  Ada@Example.COM ") == "ada@example.com"


@pytest.mark.slow
def test_many_addresses() -> None:
    emails = [f" User{n}@Example.com" for n in range(100_000)]
    assert all(normalise_email(e).startswith("user") for e in emails)


test_email_is_trimmed_and_lowercased()
test_many_addresses()
