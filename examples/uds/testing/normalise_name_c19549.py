# Extracted from docs/uds/testing.md:342 by `handbook extract`.
# Edit the page, not this file.
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st


def normalise_name(raw: str) -> str:
    folded = unicodedata.normalize("NFKC", raw).casefold()
    return " ".join(folded.split())


@settings(database=None)
@given(st.text(min_size=1, max_size=100))
def test_normalising_never_crashes_and_returns_text(raw: str) -> None:
    assert isinstance(normalise_name(raw), str)


@settings(database=None)
@given(st.text(max_size=100))
def test_normalising_twice_changes_nothing(raw: str) -> None:
    once = normalise_name(raw)
    assert normalise_name(once) == once


test_normalising_never_crashes_and_returns_text()
test_normalising_twice_changes_nothing()
print(normalise_name("  M\u00fcller   GmbH \ufb01ne "))
#> müller gmbh fine
