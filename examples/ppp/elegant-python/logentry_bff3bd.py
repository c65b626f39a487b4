# Extracted from docs/ppp/elegant-python.md:1034 by `handbook extract`.
# Edit the page, not this file.
from datetime import datetime
from typing import Literal

from pydantic import BaseModel

Level = Literal["info", "warning", "error"]


class LogEntry(BaseModel):
    at: datetime
    level: Level
    message: str


class LevelReport(BaseModel):
    counts: dict[Level, int]
    first_error: str | None


def summarise(entries: list[LogEntry]) -> LevelReport:
    counts: dict[Level, int] = {"info": 0, "warning": 0, "error": 0}
    for entry in entries:
        counts[entry.level] += 1
    errors = [entry.message for entry in entries if entry.level == "error"]
    return LevelReport(counts=counts, first_error=errors[0] if errors else None)


raw = [
    {"at": "2025-05-05T10:00:00Z", "level": "info", "message": "started"},
    {"at": "2025-05-05T10:01:00Z", "level": "error", "message": "disk full"},
]
report = summarise([LogEntry.model_validate(item) for item in raw])
print(report.counts, report.first_error)
#> {'info': 1, 'warning': 0, 'error': 1} disk full
