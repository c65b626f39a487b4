# Extracted from docs/ppp/notes.md:74 by `handbook extract`.
# Edit the page, not this file.
from decimal import Decimal


def gross_price(net: Decimal, vat_rate: Decimal) -> Decimal:
    """Return the price including VAT, rounded to cents.

    Args:
        net: Price before tax.
        vat_rate: Tax rate as a fraction, for example ``Decimal("0.20")``.

    Returns:
        The gross price.

    Raises:
        ValueError: If `vat_rate` is negative.
    """
    if vat_rate < 0:
        raise ValueError("vat_rate must not be negative")
    return (net * (1 + vat_rate)).quantize(Decimal("0.01"))


print(gross_price(Decimal(10), Decimal("0.2")))
#> 12.00
