# Extracted from docs/ppp/code-smells.md:202 by `handbook extract`.
# Edit the page, not this file.
class CustomerDirectory:
    def __init__(self) -> None:
        self._names: dict[str, str] = {}

    def register(self, email: str, name: str) -> None:
        self._names[email] = name

    def name_of(self, email: str) -> str:
        return self._names[email]


class Stock:
    def __init__(self) -> None:
        self._levels: dict[str, int] = {}

    def restock(self, sku: str, quantity: int) -> None:
        self._levels[sku] = self._levels.get(sku, 0) + quantity

    def take_one(self, sku: str) -> bool:
        if self._levels.get(sku, 0) == 0:
            return False
        self._levels[sku] -= 1
        return True


class Mailer:
    def __init__(self) -> None:
        self.outbox: list[str] = []

    def shipped(self, name: str, sku: str) -> None:
        self.outbox.append(f"Dear {name}, {sku} is on its way.")


class OrderDesk:
    def __init__(
        self, customers: CustomerDirectory, stock: Stock, mailer: Mailer
    ) -> None:
        self._customers = customers
        self._stock = stock
        self._mailer = mailer

    def order(self, email: str, sku: str) -> bool:
        if not self._stock.take_one(sku):
            return False
        self._mailer.shipped(self._customers.name_of(email), sku)
        return True


customers, stock, mailer = CustomerDirectory(), Stock(), Mailer()
customers.register("ada@example.com", "Ada")
stock.restock("MUG-01", 1)
desk = OrderDesk(customers, stock, mailer)
print(desk.order("ada@example.com", "MUG-01"), desk.order("ada@example.com", "MUG-01"))
#> True False
print(mailer.outbox)
#> ['Dear Ada, MUG-01 is on its way.']
