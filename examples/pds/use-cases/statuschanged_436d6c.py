# Extracted from docs/pds/use-cases.md:503 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass


@dataclass(frozen=True)
class StatusChanged:
    order_id: int
    version: int
    status: str


state: dict[int, StatusChanged] = {}


def apply(event: StatusChanged) -> bool:
    current = state.get(event.order_id)
    if current is not None and current.version >= event.version:
        return False  # older than, or the same as, what we have
    state[event.order_id] = event
    return True


arrived = [
    StatusChanged(7, 1, "placed"),
    StatusChanged(7, 3, "shipped"),
    StatusChanged(7, 2, "paid"),  # late
    StatusChanged(7, 3, "shipped"),  # redelivered
]
print([apply(event) for event in arrived], state[7].status)
#> [True, True, False, False] shipped
