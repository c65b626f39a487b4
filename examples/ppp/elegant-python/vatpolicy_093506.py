# Extracted from docs/ppp/elegant-python.md:777 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class VatPolicy:
    rates: dict[str, Decimal]

    def gross(self, net: Decimal, country: str) -> Decimal:
        return (net * (1 + self.rates[country])).quantize(Decimal("0.01"))


def cart_total(nets: list[Decimal], country: str, vat: VatPolicy) -> Decimal:
    return sum((vat.gross(net, country) for net in nets), Decimal(0))


def invoice_line(net: Decimal, country: str, vat: VatPolicy) -> str:
    return f"net {net}, gross {vat.gross(net, country)}"


vat = VatPolicy({"DE": Decimal("0.19"), "FR": Decimal("0.20")})
print(cart_total([Decimal(10), Decimal(5)], "DE", vat))
#> 17.85
print(invoice_line(Decimal(10), "FR", vat))
#> net 10, gross 12.00
