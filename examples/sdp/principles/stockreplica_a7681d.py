# Extracted from docs/sdp/principles.md:686 by `handbook extract`.
# Edit the page, not this file.
import sqlite3
from dataclasses import dataclass


@dataclass
class StockReplica:
    units: int

    def sell(self) -> bool:
        if self.units == 0:
            return False
        self.units -= 1
        return True


eu, us = StockReplica(units=1), StockReplica(units=1)  # last unit, not yet synced
print("eventually consistent replicas sold:", [eu.sell(), us.sell()])
#> eventually consistent replicas sold: [True, True]

db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE stock (sku TEXT PRIMARY KEY, units INTEGER NOT NULL)")
db.execute("INSERT INTO stock VALUES ('SKU-1', 1)")


def sell(sku: str) -> bool:
    with db:
        changed = db.execute(
            "UPDATE stock SET units = units - 1 WHERE sku = ? AND units > 0", (sku,)
        ).rowcount
    return changed == 1


print("one transactional store sold:", [sell("SKU-1"), sell("SKU-1")])
#> one transactional store sold: [True, False]
