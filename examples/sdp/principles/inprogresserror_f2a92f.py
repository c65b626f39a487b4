# Extracted from docs/sdp/principles.md:274 by `handbook extract`.
# Edit the page, not this file.
# docs/sdp/principles.md:274
import asyncio
import hashlib
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal


class InProgressError(Exception):
    pass


class KeyReusedError(Exception):
    pass


class DeclinedError(Exception):
    """The provider refused the charge: nothing was taken."""


@dataclass(frozen=True)
class Payment:
    customer_id: str
    amount: Decimal
    idempotency_key: str = field(default_factory=lambda: str(uuid.uuid4()))

    def fingerprint(self) -> str:
        return hashlib.sha256(f"{self.customer_id}|{self.amount}".encode()).hexdigest()


@dataclass(frozen=True)
class Claim:
    fingerprint: str
    result: str | None


class IdempotencyStore:
    def __init__(self, clock: Callable[[], datetime], keep_for: timedelta) -> None:
        self._clock = clock
        self._keep_for = keep_for
        self._db = sqlite3.connect(":memory:")
        self._db.execute(
            "CREATE TABLE claims (key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL,"
            " result TEXT, expires_at TEXT NOT NULL)"
        )

    def claim(self, key: str, fingerprint: str) -> Claim | None:
        """Claim `key`; None means the caller won and must do the work."""
        now = self._clock()
        with self._db:
            self._db.execute(
                "DELETE FROM claims WHERE key = ? AND expires_at <= ?",
                (key, now.isoformat()),
            )
            won = self._db.execute(
                "INSERT INTO claims VALUES (?, ?, NULL, ?) ON CONFLICT DO NOTHING",
                (key, fingerprint, (now + self._keep_for).isoformat()),
            ).rowcount
            if won:
                return None
            row = self._db.execute(
                "SELECT fingerprint, result FROM claims WHERE key = ?", (key,)
            ).fetchone()
        return Claim(row[0], row[1])

    def finish(self, key: str, result: str) -> None:
        with self._db:
            self._db.execute(
                "UPDATE claims SET result = ? WHERE key = ?", (result, key)
            )

    def abandon(self, key: str) -> None:
        with self._db:
            self._db.execute("DELETE FROM claims WHERE key = ?", (key,))


class Gateway:
    def __init__(self) -> None:
        self.charges: list[Decimal] = []

    async def charge(self, payment: Payment) -> str:
        await asyncio.sleep(0)  # the network round trip: other requests run meanwhile
        self.charges.append(payment.amount)
        return f"tx-{len(self.charges)}"


async def pay(store: IdempotencyStore, gateway: Gateway, payment: Payment) -> str:
    key, fingerprint = payment.idempotency_key, payment.fingerprint()
    earlier = store.claim(key, fingerprint)
    if earlier is not None:
        if earlier.fingerprint != fingerprint:
            raise KeyReusedError(f"{key} was used for a different payment")
        if earlier.result is None:
            raise InProgressError(f"{key} is still being processed; retry later")
        return earlier.result
    try:
        result = await gateway.charge(payment)
    except DeclinedError:
        store.abandon(key)  # certainly not charged: a retry may run it
        raise
    # Any other error leaves the claim open: the outcome is unknown, so repeats get
    # InProgressError until the payment is reconciled with the provider.
    store.finish(key, result)
    return result


class Clock:
    def __init__(self) -> None:
        self.current = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.current


async def main() -> None:
    store = IdempotencyStore(Clock().now, keep_for=timedelta(hours=24))
    gateway = Gateway()
    payment = Payment("cust-42", Decimal("99.99"), idempotency_key="key-42")
    outcomes = await asyncio.gather(
        pay(store, gateway, payment),
        pay(store, gateway, payment),
        return_exceptions=True,
    )
    print([o if isinstance(o, str) else repr(o) for o in outcomes])
    #> ['tx-1', "InProgressError('key-42 is still being processed; retry later')"]
    print("a later retry:", await pay(store, gateway, payment))
    #> a later retry: tx-1
    print("charges:", gateway.charges)
    #> charges: [Decimal('99.99')]


asyncio.run(main())


# docs/sdp/principles.md:472
class LostResponseError(Exception):
    pass


async def pay_over_flaky_network(
    store: IdempotencyStore, gateway: Gateway, payment: Payment, losses: list[bool]
) -> str:
    result = await pay(store, gateway, payment)
    if losses and losses.pop(0):
        raise LostResponseError("charged, but the reply was lost")
    return result


async def client(store: IdempotencyStore, gateway: Gateway, payment: Payment) -> str:
    losses = [True]  # the first reply is lost
    for _ in range(3):
        try:
            return await pay_over_flaky_network(store, gateway, payment, losses)
        except LostResponseError:
            continue  # retry with the same payment, hence the same key
    raise RuntimeError("gave up")


def key_from_time(customer_id: str, amount: Decimal, now: datetime) -> str:
    return hashlib.sha256(
        f"{customer_id}:{amount}:{now.isoformat()}".encode()
    ).hexdigest()


async def demo() -> None:
    store = IdempotencyStore(Clock().now, keep_for=timedelta(hours=24))
    gateway = Gateway()
    print(await client(store, gateway, Payment("cust-7", Decimal("15.00"))))
    #> tx-1
    print("charges:", gateway.charges)
    #> charges: [Decimal('15.00')]
    first = datetime(2026, 1, 5, 9, 0, 0, tzinfo=UTC)
    retry = first + timedelta(seconds=2)
    print(
        "time-based key on retry unchanged:",
        key_from_time("cust-7", Decimal("15.00"), first)
        == key_from_time("cust-7", Decimal("15.00"), retry),
    )
    #> time-based key on retry unchanged: False


asyncio.run(demo())


# docs/sdp/principles.md:540
async def reuse() -> None:
    store = IdempotencyStore(Clock().now, keep_for=timedelta(hours=24))
    gateway = Gateway()
    first = Payment("cust-9", Decimal("20.00"), idempotency_key="key-1")
    print(await pay(store, gateway, first))
    #> tx-1
    try:
        await pay(store, gateway, Payment("cust-9", Decimal("200.00"), "key-1"))
    except KeyReusedError as error:
        print("refused:", error)
        #> refused: key-1 was used for a different payment
    print("charges:", gateway.charges)
    #> charges: [Decimal('20.00')]


asyncio.run(reuse())


# docs/sdp/principles.md:570
async def expiry() -> None:
    clock = Clock()
    store = IdempotencyStore(clock.now, keep_for=timedelta(hours=24))
    gateway = Gateway()
    payment = Payment("cust-3", Decimal("5.00"))
    await pay(store, gateway, payment)
    clock.current += timedelta(hours=23)
    await pay(store, gateway, payment)
    print("retry after 23 h, charges:", gateway.charges)
    #> retry after 23 h, charges: [Decimal('5.00')]
    clock.current += timedelta(hours=2)
    await pay(store, gateway, payment)
    print("retry after 25 h, charges:", gateway.charges)
    #> retry after 25 h, charges: [Decimal('5.00'), Decimal('5.00')]


asyncio.run(expiry())
