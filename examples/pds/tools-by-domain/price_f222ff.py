# Extracted from docs/pds/tools-by-domain.md:802 by `handbook extract`.
# Edit the page, not this file.
from pydantic import BaseModel, TypeAdapter


class Price(BaseModel):
    sku: str
    cents: int


prices = TypeAdapter(list[Price])
payload = prices.dump_json([Price(sku="A1", cents=250), Price(sku="B2", cents=99)])
print(payload)
#> b'[{"sku":"A1","cents":250},{"sku":"B2","cents":99}]'
print(prices.validate_json(payload)[1])
#> sku='B2' cents=99
