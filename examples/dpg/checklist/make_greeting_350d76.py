# Extracted from docs/dpg/checklist.md:117 by `handbook extract`.
# Edit the page, not this file.
import pytest


def make_greeting(language: str) -> str:
    greetings = {"en": "hello", "fr": "bonjour"}
    try:
        return greetings[language]
    except KeyError:
        raise ValueError(f"no greeting for {language!r}") from None


@pytest.mark.parametrize(("language", "expected"), [("en", "hello"), ("fr", "bonjour")])
def test_known_languages(language: str, expected: str) -> None:
    assert make_greeting(language) == expected


def test_unknown_language() -> None:
    with pytest.raises(ValueError, match="'de'"):
        make_greeting("de")


test_known_languages("en", "hello")
test_unknown_language()
print("ok")
#> ok
