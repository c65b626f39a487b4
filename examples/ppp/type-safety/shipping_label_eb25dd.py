# Extracted from docs/ppp/type-safety.md:363 by `handbook extract`.
# Edit the page, not this file.
from typing import Any


def shipping_label(order: dict[str, Any]) -> str:
    return f"{order['customer']}, {order['postcode']}"


payload: dict[str, Any] = {"customer": "Ada Shop", "post_code": "N1 9GU"}
try:
    print(shipping_label(payload))
except KeyError as error:
    print("KeyError:", error)
    #> KeyError: 'postcode'
