# Extracted from docs/sdp/message-queues.md:956 by `handbook extract`.
# Edit the page, not this file.
from datetime import timedelta
from typing import Self

from pydantic import BaseModel, Field, ValidationError, model_validator


class QueueSettings(BaseModel):
    retention: timedelta = Field(le=timedelta(days=14))
    dead_letter_retention: timedelta = Field(le=timedelta(days=14))
    max_receives: int = Field(ge=1, le=20)

    @model_validator(mode="after")
    def dead_letters_outlive_messages(self) -> Self:
        if self.dead_letter_retention <= self.retention:
            raise ValueError("keep dead letters longer than the queue keeps messages")
        return self


four_days, two_weeks = timedelta(days=4), timedelta(days=14)
settings = QueueSettings(
    retention=four_days, dead_letter_retention=two_weeks, max_receives=3
)
print("accepted: dead letters kept", settings.dead_letter_retention.days, "days")
#> accepted: dead letters kept 14 days
try:
    QueueSettings(retention=four_days, dead_letter_retention=four_days, max_receives=3)
except ValidationError as error:
    print(error.errors()[0]["msg"])
    #> Value error, keep dead letters longer than the queue keeps messages
