# Extracted from docs/uds/summary.md:91 by `handbook extract`.
# Edit the page, not this file.
def apply_discount(cents: int, percent: int) -> int:
    return cents * (100 - percent) // 100


def test_discount_runs() -> None:
    apply_discount(1_000, 10)  # runs the code, checks nothing


def test_discount_takes_ten_percent_off() -> None:
    assert apply_discount(1_000, 10) == 900


test_discount_runs()
test_discount_takes_ten_percent_off()
print(apply_discount(999, 10))
#> 899
