# Extracted from docs/uds/code-review.md:180 by `handbook extract`.
# Edit the page, not this file.
from decimal import Decimal

import pytest


def split_bill(total: Decimal, people: int) -> list[Decimal]:
    if people < 1:
        msg = f"cannot split between {people} people"
        raise ValueError(msg)
    share = (total / people).quantize(Decimal("0.01"))
    return [share] * (people - 1) + [total - share * (people - 1)]


def test_shares_add_up_to_the_total() -> None:
    assert sum(split_bill(Decimal("10.00"), 3)) == Decimal("10.00")


def test_nobody_to_split_between_is_an_error() -> None:
    with pytest.raises(ValueError, match="0 people"):
        split_bill(Decimal("10.00"), 0)


test_shares_add_up_to_the_total()
test_nobody_to_split_between_is_an_error()
print(split_bill(Decimal("10.00"), 3))
#> [Decimal('3.33'), Decimal('3.33'), Decimal('3.34')]
