# Extracted from docs/uds/documentation-requirements.md:38 by `handbook extract`.
# Edit the page, not this file.
from typing import Literal

ValidationLevel = Literal["strict", "normal", "permissive"]


def max_invalid_share(level: ValidationLevel = "strict") -> float:
    """Share of invalid records a batch may hold.

    Args:
        level: "strict" refuses any invalid record, "normal" allows 1%,
            "permissive" allows 5%.

    Returns:
        The largest acceptable share of invalid records, from 0 to 1.
    """
    return {"strict": 0.0, "normal": 0.01, "permissive": 0.05}[level]


print(max_invalid_share("normal"))
#> 0.01
