# Extracted from docs/uds/data-validation.md:143 by `handbook extract`.
# Edit the page, not this file.
from datetime import UTC, datetime

from pydantic import BaseModel, Field


def utc_now() -> datetime:
    return datetime.now(UTC)


class Event(BaseModel):
    name: str
    created_at: datetime = Field(default_factory=utc_now)


print(Event(name="price-imported").created_at.tzinfo)
#> UTC
