# Extracted from docs/pds/testing.md:357 by `handbook extract`.
# Edit the page, not this file.
from itertools import groupby, pairwise

from hypothesis import given, settings
from hypothesis import strategies as st


def encode(text: str) -> list[tuple[str, int]]:
    return [(char, len(list(run))) for char, run in groupby(text)]


def decode(runs: list[tuple[str, int]]) -> str:
    return "".join(char * count for char, count in runs)


@settings(max_examples=200, database=None)
@given(st.text())
def test_decode_reverses_encode(text: str) -> None:
    assert decode(encode(text)) == text


@settings(database=None)
@given(st.text())
def test_neighbouring_runs_differ(text: str) -> None:
    runs = encode(text)
    assert all(first[0] != second[0] for first, second in pairwise(runs))


test_decode_reverses_encode()
test_neighbouring_runs_differ()
print(encode("aaabcc"))
#> [('a', 3), ('b', 1), ('c', 2)]
