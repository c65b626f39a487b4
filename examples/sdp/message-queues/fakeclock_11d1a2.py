# Extracted from docs/sdp/message-queues.md:327 by `handbook extract`.
# Edit the page, not this file.
# docs/sdp/message-queues.md:327
import itertools
import json
import sqlite3
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from pydantic import BaseModel, ValidationError


class FakeClock:
    def __init__(self) -> None:
        self.current = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.current

    def advance(self, seconds: float) -> None:
        self.current += timedelta(seconds=seconds)


@dataclass
class Message:
    body: str
    message_id: str = field(default_factory=lambda: uuid.uuid4().hex[:8])
    receive_count: int = 0
    first_received_at: datetime | None = None


@dataclass(frozen=True)
class Delivery:
    message: Message
    receipt: str


@dataclass(frozen=True)
class DeadLetter:
    message: Message
    source_queue: str
    reason: str
    dead_lettered_at: datetime
    error: str | None = None
    stack_trace: str | None = None


class QueueFullError(Exception):
    pass


class LeaseLostError(Exception):
    pass


@dataclass
class _Slot:
    message: Message
    visible_at: datetime
    receipt: str | None = None


class Broker:
    """An in-memory queue with the visibility timeout and redrive of an SQS queue."""

    def __init__(
        self,
        name: str,
        clock: Callable[[], datetime],
        *,
        visibility: timedelta,
        max_receives: int,
    ) -> None:
        self.name = name
        self.max_length = 1000
        self._clock = clock
        self._visibility = visibility
        self._max_receives = max_receives
        self._slots: dict[str, _Slot] = {}
        self._receipts = itertools.count(1)
        self.dead_letters: list[DeadLetter] = []

    def send(self, message: Message) -> None:
        if len(self._slots) >= self.max_length:
            raise QueueFullError(f"{self.name} already holds {self.max_length}")
        self._slots[message.message_id] = _Slot(message, self._clock())

    def receive(self) -> Delivery | None:
        now = self._clock()
        for slot in list(self._slots.values()):
            message = slot.message
            if slot.visible_at > now:
                continue
            if message.receive_count >= self._max_receives:
                reason = f"received {message.receive_count} times"
                self._to_dead_letters(message, reason, None, None)
                continue
            message.receive_count += 1
            message.first_received_at = message.first_received_at or now
            slot.receipt = f"{self.name}#{next(self._receipts)}"
            slot.visible_at = now + self._visibility
            return Delivery(message, slot.receipt)
        return None

    def ack(self, delivery: Delivery) -> None:
        self._leased(delivery)
        del self._slots[delivery.message.message_id]

    def retry_later(self, delivery: Delivery, delay: timedelta) -> None:
        slot = self._leased(delivery)
        slot.receipt, slot.visible_at = None, self._clock() + delay

    def reject(self, delivery: Delivery, reason: str, error: BaseException) -> None:
        self._leased(delivery)
        trace = "".join(traceback.format_exception(error))
        self._to_dead_letters(delivery.message, reason, repr(error), trace)

    def redrive(self, message_id: str) -> None:
        [letter] = [d for d in self.dead_letters if d.message.message_id == message_id]
        self.dead_letters.remove(letter)
        letter.message.receive_count = 0
        self.send(letter.message)

    def depth(self) -> int:
        return len(self._slots)

    def _leased(self, delivery: Delivery) -> _Slot:
        slot = self._slots.get(delivery.message.message_id)
        if slot is None or slot.receipt != delivery.receipt:
            raise LeaseLostError(f"{delivery.receipt} expired and was redelivered")
        return slot

    def _to_dead_letters(
        self, message: Message, reason: str, error: str | None, trace: str | None
    ) -> None:
        del self._slots[message.message_id]
        letter = DeadLetter(message, self.name, reason, self._clock(), error, trace)
        self.dead_letters.append(letter)


class PermanentError(Exception):
    """The message itself is wrong; no retry can make it succeed."""


def consume_one(
    broker: Broker,
    handle: Callable[[Message], None],
    backoff: timedelta = timedelta(seconds=1),
) -> str:
    delivery = broker.receive()
    if delivery is None:
        return "queue empty"
    message = delivery.message
    attempt = f"{message.message_id} attempt {message.receive_count}"
    try:
        handle(message)
    except PermanentError as error:
        broker.reject(delivery, "permanent failure", error)
        return f"{attempt}: dead-lettered at once ({error})"
    except Exception as error:  # anything else may pass: retry later
        delay = backoff * 2 ** (message.receive_count - 1)
        broker.retry_later(delivery, delay)
        return f"{attempt}: {error!r}, retry in {delay.total_seconds():g} s"
    broker.ack(delivery)  # only now: the work is done
    return f"{attempt}: done"


clock = FakeClock()
orders = Broker("orders", clock.now, visibility=timedelta(seconds=30), max_receives=3)
orders.send(Message("order-1 19.99", message_id="m-1"))
print(consume_one(orders, lambda message: None), "| depth", orders.depth())
#> m-1 attempt 1: done | depth 0


# docs/sdp/message-queues.md:521
clock = FakeClock()
emails = Broker("emails", clock.now, visibility=timedelta(seconds=30), max_receives=5)
emails.send(Message("welcome mail to user 41", message_id="m-7"))

taken = emails.receive()  # this consumer is killed before it can finish
print("taken by the first consumer:", taken is not None)
#> taken by the first consumer: True
print("visible to others meanwhile:", emails.receive())
#> visible to others meanwhile: None
clock.advance(31)
print(consume_one(emails, lambda message: None))
#> m-7 attempt 2: done


# docs/sdp/message-queues.md:573
db = sqlite3.connect(":memory:")
db.executescript("""
    CREATE TABLE processed (message_id TEXT PRIMARY KEY);
    CREATE TABLE charges (order_id TEXT NOT NULL, amount TEXT NOT NULL);
""")


def charge_once(message: Message) -> None:
    order_id, amount = message.body.split()
    with db:  # one transaction: the record of the message and its effect
        seen = db.execute(
            "INSERT OR IGNORE INTO processed VALUES (?)", (message.message_id,)
        )
        if seen.rowcount == 0:
            return  # a redelivery: already charged
        db.execute(
            "INSERT INTO charges VALUES (?, ?)", (order_id, str(Decimal(amount)))
        )


clock = FakeClock()
payments = Broker(
    "payments", clock.now, visibility=timedelta(seconds=30), max_receives=5
)
payments.send(Message("order-9 49.90", message_id="m-9"))

first = payments.receive()
assert first is not None
charge_once(first.message)  # the work is done, then the consumer stalls past its lease
clock.advance(31)
print(consume_one(payments, charge_once))
#> m-9 attempt 2: done
try:
    payments.ack(first)
except LeaseLostError as error:
    print("late ack refused:", error)
    #> late ack refused: payments#1 expired and was redelivered
print(db.execute("SELECT order_id, amount FROM charges").fetchall())
#> [('order-9', '49.90')]


# docs/sdp/message-queues.md:647
clock = FakeClock()
orders = Broker("orders", clock.now, visibility=timedelta(seconds=30), max_receives=3)


def handle_order(message: Message) -> None:
    if "cust-7" in message.body:
        raise ConnectionError("customer service unavailable")


orders.send(Message("order-2 cust-7", message_id="m-2"))
orders.send(Message("order-3 cust-8", message_id="m-3"))
for _ in range(8):
    outcome = consume_one(orders, handle_order)
    if outcome != "queue empty":
        print(outcome)
        #> m-2 attempt 1: ConnectionError('customer service unavailable'), retry in 1 s
        #> m-2 attempt 2: ConnectionError('customer service unavailable'), retry in 2 s
        #> m-3 attempt 1: done
        #> m-2 attempt 3: ConnectionError('customer service unavailable'), retry in 4 s
    clock.advance(1)
for letter in orders.dead_letters:
    print(
        letter.message.message_id, letter.reason, "| main queue depth", orders.depth()
    )
    #> m-2 received 3 times | main queue depth 0


# docs/sdp/message-queues.md:745
class OrderPlaced(BaseModel):
    order_id: str
    customer_id: str


def handle_placed(message: Message) -> None:
    try:
        OrderPlaced.model_validate_json(message.body)
    except ValidationError as error:
        raise PermanentError(f"{error.error_count()} invalid field(s)") from error


clock = FakeClock()
placed = Broker("placed", clock.now, visibility=timedelta(seconds=30), max_receives=5)
placed.send(Message('{"order_id": "o-3"}', message_id="m-30"))
print(consume_one(placed, handle_placed))
#> m-30 attempt 1: dead-lettered at once (1 invalid field(s))
print(placed.dead_letters[0].error)
#> PermanentError('1 invalid field(s)')


# docs/sdp/message-queues.md:802
SERVICE = {"service_version": "2.4.1", "environment": "production"}


def dead_letter_record(letter: DeadLetter) -> str:
    first = letter.message.first_received_at
    return json.dumps(
        {
            "message_id": letter.message.message_id,
            "body": letter.message.body,
            "source_queue": letter.source_queue,
            "attempts": letter.message.receive_count,
            "first_received_at": first.isoformat() if first else None,
            "dead_lettered_at": letter.dead_lettered_at.isoformat(),
            "reason": letter.reason,
            "error": letter.error,
            "stack_trace_lines": len((letter.stack_trace or "").splitlines()),
            **SERVICE,
        },
        indent=2,
    )


print(dead_letter_record(placed.dead_letters[0]))
#> {
#>   "message_id": "m-30",
#>   "body": "{\"order_id\": \"o-3\"}",
#>   "source_queue": "placed",
#>   "attempts": 1,
#>   "first_received_at": "2026-01-05T09:00:00+00:00",
#>   "dead_lettered_at": "2026-01-05T09:00:00+00:00",
#>   "reason": "permanent failure",
#>   "error": "PermanentError('1 invalid field(s)')",
#>   "stack_trace_lines": 19,
#>   "service_version": "2.4.1",
#>   "environment": "production"
#> }


# docs/sdp/message-queues.md:901
clock = FakeClock()
invoices = Broker(
    "invoices", clock.now, visibility=timedelta(seconds=30), max_receives=1
)
for message_id in ("m-41", "m-42"):
    invoices.send(Message(f"invoice for {message_id}", message_id=message_id))


def down(message: Message) -> None:
    raise TimeoutError("billing service")


for _ in range(3):
    consume_one(invoices, down)
    clock.advance(5)
print([letter.message.message_id for letter in invoices.dead_letters])
#> ['m-41', 'm-42']

invoices.redrive("m-42")  # the operator replays this one only
print(consume_one(invoices, lambda message: None))
#> m-42 attempt 1: done
print([letter.message.message_id for letter in invoices.dead_letters])
#> ['m-41']


# docs/sdp/message-queues.md:1155
quarantine = sqlite3.connect(":memory:")
quarantine.execute(
    "CREATE TABLE quarantine (message_id TEXT PRIMARY KEY, body TEXT, reason TEXT)"
)


def quarantine_message(broker: Broker, delivery: Delivery, reason: str) -> None:
    message = delivery.message
    with quarantine:  # stored first ...
        quarantine.execute(
            "INSERT OR REPLACE INTO quarantine VALUES (?, ?, ?)",
            (message.message_id, message.body, reason),
        )
    broker.ack(delivery)  # ... then removed from the main queue


def release(broker: Broker, message_id: str) -> None:
    row = quarantine.execute(
        "SELECT body FROM quarantine WHERE message_id = ?", (message_id,)
    ).fetchone()
    broker.send(Message(row[0], message_id=message_id))  # back to the queue first ...
    with quarantine:  # ... then out of quarantine
        quarantine.execute("DELETE FROM quarantine WHERE message_id = ?", (message_id,))


clock = FakeClock()
inbox = Broker("inbox", clock.now, visibility=timedelta(seconds=30), max_receives=3)
inbox.send(Message("refund 40.00 for ord-77", message_id="m-77"))
delivery = inbox.receive()
assert delivery is not None
quarantine_message(inbox, delivery, "amount above the automatic refund limit")
print(
    "queue",
    inbox.depth(),
    "| quarantine",
    quarantine.execute("SELECT COUNT(*) FROM quarantine").fetchone(),
)
#> queue 0 | quarantine (1,)

release(inbox, "m-77")  # a reviewer approved it
print(
    "queue",
    inbox.depth(),
    "| quarantine",
    quarantine.execute("SELECT COUNT(*) FROM quarantine").fetchone(),
)
#> queue 1 | quarantine (0,)
print(consume_one(inbox, lambda message: None))
#> m-77 attempt 1: done
