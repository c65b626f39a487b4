# Extracted from docs/pds/messaging.md:73 by `handbook extract`.
# Edit the page, not this file.
import asyncio
from dataclasses import dataclass
from decimal import Decimal

from pydantic import BaseModel, ValidationError


class OrderPlaced(BaseModel):
    order_id: int
    amount: Decimal


@dataclass(frozen=True)
class Message:
    id: str
    data: bytes
    delivery_attempt: int = 1


class Subscription:
    """Stands in for a Pub/Sub subscription with a dead-letter topic."""

    def __init__(self, max_delivery_attempts: int) -> None:
        self.queue: asyncio.Queue[Message] = asyncio.Queue()
        self.dead_letters: list[str] = []
        self.max_delivery_attempts = max_delivery_attempts

    def publish(self, message_id: str, data: str) -> None:
        self.queue.put_nowait(Message(message_id, data.encode()))

    def ack(self, message: Message) -> None:
        self.queue.task_done()

    def nack(self, message: Message) -> None:
        if message.delivery_attempt >= self.max_delivery_attempts:
            self.dead_letters.append(message.id)
        else:
            again = Message(message.id, message.data, message.delivery_attempt + 1)
            self.queue.put_nowait(again)
        self.queue.task_done()

    def dead_letter(self, message: Message) -> None:
        self.dead_letters.append(message.id)
        self.queue.task_done()


class Ledger:
    def __init__(self) -> None:
        self.processed: set[str] = set()  # a table with a unique key in production
        self.revenue = Decimal(0)
        self.outages = {"m-3": 1, "m-5": 99}  # failures left before each succeeds

    async def record(self, message_id: str, event: OrderPlaced) -> None:
        await asyncio.sleep(0)  # the database round trip
        if self.outages.get(message_id, 0) > 0:
            self.outages[message_id] -= 1
            raise ConnectionError("database unavailable")
        if message_id in self.processed:
            return  # a duplicate: the effect is already there
        self.processed.add(message_id)
        self.revenue += event.amount


async def worker(subscription: Subscription, ledger: Ledger) -> None:
    while True:
        message = await subscription.queue.get()
        try:
            event = OrderPlaced.model_validate_json(message.data)
        except ValidationError:
            subscription.dead_letter(message)  # no retry can fix it
            continue
        try:
            await ledger.record(message.id, event)
        except ConnectionError:
            subscription.nack(message)
        else:
            subscription.ack(message)


async def main() -> None:
    subscription, ledger = Subscription(max_delivery_attempts=5), Ledger()
    for number in range(1, 6):
        subscription.publish(
            f"m-{number}", f'{{"order_id": {number}, "amount": "10.00"}}'
        )
    subscription.publish("m-2", '{"order_id": 2, "amount": "10.00"}')  # duplicate
    subscription.publish("m-6", '{"order_id": "six"}')  # poison
    workers = [asyncio.create_task(worker(subscription, ledger)) for _ in range(3)]
    await subscription.queue.join()
    for task in workers:
        task.cancel()
    print(ledger.revenue, sorted(ledger.processed))
    #> 40.00 ['m-1', 'm-2', 'm-3', 'm-4']
    print(sorted(subscription.dead_letters))
    #> ['m-5', 'm-6']


asyncio.run(main())
