# Extracted from docs/sdp/message-queues.md:1041 by `handbook extract`.
# Edit the page, not this file.
# docs/sdp/message-queues.md:1041
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

MAX_BYTES = 16 * 1024


class PaymentRequested(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    order_id: str = Field(pattern=r"^ord-\d+$")
    customer_id: str = Field(min_length=1, max_length=64)
    amount: Decimal = Field(gt=0, max_digits=10, decimal_places=2)


@dataclass(frozen=True)
class Quarantined:
    reason: str


def sign(key: bytes, raw: bytes) -> str:
    return hmac.new(key, raw, hashlib.sha256).hexdigest()


def admit(raw: bytes, signature: str, key: bytes) -> PaymentRequested | Quarantined:
    if len(raw) > MAX_BYTES:
        return Quarantined(f"size {len(raw)} > {MAX_BYTES} bytes")
    if not hmac.compare_digest(sign(key, raw), signature):
        return Quarantined("signature does not match")
    try:
        return PaymentRequested.model_validate_json(raw)
    except ValidationError as error:
        fields = sorted({str(e["loc"][0]) for e in error.errors() if e["loc"]})
        return Quarantined(f"schema: {', '.join(fields) or 'not an object'}")


def admit_or_quarantine(raw: bytes, signature: str, key: bytes) -> str:
    try:
        verdict = admit(raw, signature, key)
    except Exception as error:  # a check that breaks is no pass: fail closed
        verdict = Quarantined(f"check failed: {type(error).__name__}")
    if isinstance(verdict, Quarantined):
        return f"quarantine ({verdict.reason})"
    return f"process {verdict.order_id} for {verdict.amount}"


key = secrets.token_bytes(32)
messages = [
    b'{"order_id": "ord-1", "customer_id": "c-9", "amount": "25.00"}',
    b'{"order_id": "ord-2", "amount": "-5"}',
    b'{"order_id": "ord-3", "customer_id": "c-9", "amount": "1", "admin": true}',
    b"[" * 20_000,
]
for raw in messages:
    print(admit_or_quarantine(raw, sign(key, raw), key))
    #> process ord-1 for 25.00
    #> quarantine (schema: amount, customer_id)
    #> quarantine (schema: admin)
    #> quarantine (size 20000 > 16384 bytes)
print(admit_or_quarantine(messages[0], "forged", key))
#> quarantine (signature does not match)
print(admit_or_quarantine(messages[0], "signé", key))  # compare_digest raises
#> quarantine (check failed: TypeError)


# docs/sdp/message-queues.md:1135
raw = messages[0]
tampered = raw.replace(b"25.00", b"2500.00")
print(admit_or_quarantine(tampered, sign(key, raw), key))
#> quarantine (signature does not match)
