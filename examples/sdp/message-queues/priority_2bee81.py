# Extracted from docs/sdp/message-queues.md:274 by `handbook extract`.
# Edit the page, not this file.
import asyncio
import itertools
from enum import IntEnum


class Priority(IntEnum):
    CRITICAL = 0  # lower sorts first
    HIGH = 1
    NORMAL = 2
    LOW = 3


async def main() -> None:
    queue: asyncio.PriorityQueue[tuple[Priority, int, str]] = asyncio.PriorityQueue(
        maxsize=100
    )
    sequence = itertools.count()
    for priority, subject in [
        (Priority.HIGH, "welcome"),
        (Priority.LOW, "newsletter"),
        (Priority.CRITICAL, "password reset"),
        (Priority.HIGH, "order shipped"),
    ]:
        queue.put_nowait((priority, next(sequence), subject))
    print([queue.get_nowait()[2] for _ in range(queue.qsize())])
    #> ['password reset', 'welcome', 'order shipped', 'newsletter']


asyncio.run(main())
