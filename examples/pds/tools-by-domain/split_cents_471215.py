# Extracted from docs/pds/tools-by-domain.md:198 by `handbook extract`.
# Edit the page, not this file.
from hypothesis import given
from hypothesis import strategies as st


def split_cents(total: int, parts: int) -> list[int]:
    base, extra = divmod(total, parts)
    return [base + 1 if i < extra else base for i in range(parts)]


@given(st.integers(min_value=0, max_value=10**9), st.integers(1, 50))
def test_split_keeps_every_cent(total: int, parts: int) -> None:
    shares = split_cents(total, parts)
    assert sum(shares) == total
    assert max(shares) - min(shares) <= 1


test_split_keeps_every_cent()
print(split_cents(100, 3))
#> [34, 33, 33]
