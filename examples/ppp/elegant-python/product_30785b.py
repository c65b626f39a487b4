# Extracted from docs/ppp/elegant-python.md:863 by `handbook extract`.
# Edit the page, not this file.
import sqlite3

from pydantic import BaseModel, TypeAdapter, ValidationError


class Product(BaseModel):
    sku: str
    price_cents: int


database = sqlite3.connect(":memory:")
database.row_factory = sqlite3.Row
database.execute("CREATE TABLE products (sku TEXT, price_cents INTEGER)")
rows = [("MUG-01", 950), ("PLATE-02", "n/a")]
database.executemany("INSERT INTO products VALUES (?, ?)", rows)

records = [dict(row) for row in database.execute("SELECT * FROM products")]
products = TypeAdapter(list[Product])
try:
    products.validate_python(records)
except ValidationError as error:
    print(error.errors()[0]["loc"], error.errors()[0]["type"])
    #> (1, 'price_cents') int_parsing
print(products.validate_python(records[:1]))
#> [Product(sku='MUG-01', price_cents=950)]
