# Extracted from docs/ppp/code-smells.md:171 by `handbook extract`.
# Edit the page, not this file.
class ShopManager:
    def __init__(self) -> None:
        self.customers: dict[str, str] = {}
        self.stock: dict[str, int] = {}
        self.outbox: list[str] = []

    def register(self, email: str, name: str) -> None:
        self.customers[email] = name

    def restock(self, sku: str, quantity: int) -> None:
        self.stock[sku] = self.stock.get(sku, 0) + quantity

    def order(self, email: str, sku: str) -> bool:
        if self.stock.get(sku, 0) == 0:
            return False
        self.stock[sku] -= 1
        self.outbox.append(f"Dear {self.customers[email]}, {sku} is on its way.")
        return True


manager = ShopManager()
manager.register("ada@example.com", "Ada")
manager.restock("MUG-01", 1)
print(manager.order("ada@example.com", "MUG-01"), manager.outbox)
#> True ['Dear Ada, MUG-01 is on its way.']
