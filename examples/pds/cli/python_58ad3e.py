# Extracted from docs/pds/cli.md:344 by `handbook extract`.
# Edit the page, not this file.
import io
from decimal import Decimal

from rich.console import Console
from rich.table import Table

prices = [
    ("PEN-01", "Ballpoint pen", Decimal("1.20")),
    ("PAD-02", "A5 pad", Decimal("3.50")),
]

table = Table(title="Price list")
table.add_column("SKU")
table.add_column("Name")
table.add_column("Price", justify="right")
for sku, name, price in prices:
    table.add_row(sku, name, f"€{price}")

screen = io.StringIO()
Console(file=screen, width=40, color_system=None).print(table)
for line in screen.getvalue().splitlines():
    print(line)
    #>             Price list
    #> ┏━━━━━━━━┳━━━━━━━━━━━━━━━┳━━━━━━━┓
    #> ┃ SKU    ┃ Name          ┃ Price ┃
    #> ┡━━━━━━━━╇━━━━━━━━━━━━━━━╇━━━━━━━┩
    #> │ PEN-01 │ Ballpoint pen │ €1.20 │
    #> │ PAD-02 │ A5 pad        │ €3.50 │
    #> └────────┴───────────────┴───────┘
