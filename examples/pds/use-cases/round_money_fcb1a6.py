# Extracted from docs/pds/use-cases.md:219 by `handbook extract`.
# Edit the page, not this file.
import warnings
from decimal import ROUND_HALF_EVEN, Decimal

__all__ = ["round_money"]


def round_money(amount: Decimal, places: int = 2) -> Decimal:
    return amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)


def round_cents(amount: Decimal) -> Decimal:
    """Deprecated since 2.3.0, removed in 3.0.0: use round_money()."""
    warnings.warn(
        "round_cents() is deprecated; use round_money()",
        DeprecationWarning,
        stacklevel=2,
    )
    return round_money(amount)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(round_cents(Decimal("2.675")))
    #> 2.68
print([str(warning.message) for warning in caught])
#> ['round_cents() is deprecated; use round_money()']
