# Extracted from docs/ppp/architecture.md:381 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Generic, TypeVar

EventT = TypeVar("EventT")


class EventBus(Generic[EventT]):
    def __init__(self) -> None:
        self._handlers: list[Callable[[EventT], None]] = []

    def subscribe(self, handler: Callable[[EventT], None]) -> None:
        self._handlers.append(handler)

    def publish(self, event: EventT) -> None:
        for handler in self._handlers:
            handler(event)


@dataclass(frozen=True)
class OrderPlaced:
    order_id: int
    total: Decimal


placed: EventBus[OrderPlaced] = EventBus()
revenue: list[Decimal] = []
emails: list[str] = []
placed.subscribe(lambda event: revenue.append(event.total))
placed.subscribe(lambda event: emails.append(f"order {event.order_id} confirmed"))

placed.publish(OrderPlaced(order_id=7, total=Decimal("19.90")))
print(revenue, emails)
#> [Decimal('19.90')] ['order 7 confirmed']
