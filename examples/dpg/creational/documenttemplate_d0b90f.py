# Extracted from docs/dpg/creational.md:484 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass, replace
from decimal import Decimal


@dataclass(frozen=True)
class DocumentTemplate:
    kind: str
    header: str
    footer: str
    tax_rate: Decimal


PRESETS = {
    "invoice": DocumentTemplate(
        "invoice", "Invoice", "Payment due within 30 days", Decimal("0.08")
    ),
    "quote": DocumentTemplate(
        "quote", "Price quote", "Valid for 30 days", Decimal("0.08")
    ),
}

export = replace(PRESETS["invoice"], footer="Paid in advance", tax_rate=Decimal(0))
print(export.header, "|", export.footer, "|", export.tax_rate)
#> Invoice | Paid in advance | 0
print(PRESETS["invoice"].footer)
#> Payment due within 30 days
