# Extracted from docs/uds/error-handling.md:110 by `handbook extract`.
# Edit the page, not this file.
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Protocol

from loguru import logger


class Severity(StrEnum):
    WARNING = "warning"
    ERROR = "error"


class ErrorSink(Protocol):
    def capture(self, error: Exception, context: Mapping[str, object]) -> None: ...


@dataclass(frozen=True)
class ErrorRecord:
    error_type: str
    error_message: str
    context: Mapping[str, object]
    timestamp: datetime
    severity: Severity


class ErrorTracker:
    def __init__(self, sink: ErrorSink, clock: Callable[[], datetime]) -> None:
        self.sink = sink
        self.clock = clock
        self.counts: Counter[str] = Counter()
        self.last: ErrorRecord | None = None

    def track(
        self,
        error: Exception,
        context: Mapping[str, object],
        severity: Severity = Severity.ERROR,
    ) -> ErrorRecord:
        record = ErrorRecord(
            error_type=type(error).__name__,
            error_message=str(error),
            context=dict(context),
            timestamp=self.clock(),
            severity=severity,
        )
        logger.bind(**vars(record)).log(severity.upper(), "application error")
        self.sink.capture(error, record.context)
        self.counts[f"{record.error_type}:{severity}"] += 1
        self.last = record
        return record


class RecordingSink:
    def __init__(self) -> None:
        self.captured: list[str] = []

    def capture(self, error: Exception, context: Mapping[str, object]) -> None:
        self.captured.append(f"{type(error).__name__} {dict(context)}")


class ProcessingError(Exception):
    pass


log_lines: list[str] = []
logger.remove()
logger.add(log_lines.append, format="{level} {message} {extra[error_type]}")

sink = RecordingSink()
tracker = ErrorTracker(sink, clock=lambda: datetime(2026, 3, 2, 9, 0, tzinfo=UTC))

try:
    int("twelve")
except ValueError as error:
    tracker.track(error, {"operation": "data_validation"}, Severity.WARNING)


def enrich() -> None:
    raise ProcessingError("enrichment service refused the batch")


try:
    enrich()
except ProcessingError as error:
    tracker.track(error, {"operation": "data_processing", "batch_size": 500})

print(*(line.strip() for line in log_lines), sep="\n")
#> WARNING application error ValueError
#> ERROR application error ProcessingError

print(tracker.last.timestamp.isoformat() if tracker.last else None)
#> 2026-03-02T09:00:00+00:00
print(sink.captured[1])
#> ProcessingError {'operation': 'data_processing', 'batch_size': 500}
print(dict(tracker.counts))
#> {'ValueError:warning': 1, 'ProcessingError:error': 1}
