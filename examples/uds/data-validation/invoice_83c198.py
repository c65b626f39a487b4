# Extracted from docs/uds/data-validation.md:218 by `handbook extract`.
# Edit the page, not this file.
from datetime import UTC, datetime
from decimal import Decimal

from pydantic import BaseModel


class Invoice(BaseModel):
    total: Decimal
    issued_at: datetime


issued_at = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)
invoice = Invoice(total=Decimal("0.10"), issued_at=issued_at)
print(invoice.model_dump_json())
#> {"total":"0.10","issued_at":"2026-01-05T09:30:00Z"}
print(sum([float(invoice.total)] * 3), sum([invoice.total] * 3))
#> 0.30000000000000004 0.30
