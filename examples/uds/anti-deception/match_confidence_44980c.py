# Extracted from docs/uds/anti-deception.md:35 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

Scorer = Callable[[int, int], float]


def match_confidence(matches: int, total: int) -> float:
    return matches / total


def plausible_fake(matches: int, total: int) -> float:
    return 0.95


@st.composite
def match_counts(draw: st.DrawFn) -> tuple[int, int]:
    total = draw(st.integers(min_value=1, max_value=10_000))
    return draw(st.integers(min_value=0, max_value=total)), total


def check_confidence(score: Scorer) -> None:
    @settings(database=None, max_examples=200)
    @given(match_counts())
    def properties(counts: tuple[int, int]) -> None:
        matches, total = counts
        assert 0.0 <= score(matches, total) <= 1.0
        assert score(0, total) == 0.0
        assert score(total, total) == 1.0
        if matches < total:
            assert score(matches + 1, total) >= score(matches, total)

    properties()


check_confidence(match_confidence)
print("the real scorer passes")
#> the real scorer passes
try:
    check_confidence(plausible_fake)
except AssertionError:
    print("the constant is caught")
    #> the constant is caught
