# Extracted from docs/ppp/pydantic.md:32 by `handbook extract`.
# Edit the page, not this file.
from datetime import date


def book_delivery(sku: str, quantity: int, ship_on: date, deliver_by: date) -> str:
    sku = sku.strip().upper()
    if not sku:
        raise ValueError("sku is required")
    if quantity < 1:
        raise ValueError("quantity must be at least 1")
    if deliver_by < ship_on:
        raise ValueError("deliver_by is before ship_on")
    days = (deliver_by - ship_on).days
    return f"{quantity} x {sku} by {'courier' if days <= 1 else 'post'}"


print(book_delivery(" mug-01 ", 2, date(2025, 5, 5), date(2025, 5, 6)))
#> 2 x MUG-01 by courier
