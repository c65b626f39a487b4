# Extracted from docs/uds/code-quality.md:104 by `handbook extract`.
# Edit the page, not this file.
# pyright: reportReturnType=false
from dataclasses import dataclass


@dataclass
class Summary:
    rows: int


def summarise(rows: list[dict[str, int]]) -> Summary:
    """Count the rows that passed validation."""
    pass
