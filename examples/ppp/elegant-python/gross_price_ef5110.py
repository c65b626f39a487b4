# Extracted from docs/ppp/elegant-python.md:1219 by `handbook extract`.
# Edit the page, not this file.
import warnings


def gross_price(net_cents: int, vat_percent: int) -> int:
    return net_cents + net_cents * vat_percent // 100


def price_with_tax(net_cents: int, vat_percent: int) -> int:
    warnings.warn(
        "price_with_tax() is renamed gross_price()", DeprecationWarning, stacklevel=2
    )
    return gross_price(net_cents, vat_percent)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(price_with_tax(1000, 20), caught[0].category.__name__)
    #> 1200 DeprecationWarning
