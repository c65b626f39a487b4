# Extracted from docs/uds/documentation-requirements.md:61 by `handbook extract`.
# Edit the page, not this file.
# pyright: reportArgumentType=false
from typing import Literal

ValidationLevel = Literal["strict", "normal", "permissive"]


def max_invalid_share(level: ValidationLevel = "strict") -> float:
    return {"strict": 0.0, "normal": 0.01, "permissive": 0.05}[level]


try:
    max_invalid_share("lenient")
except KeyError as error:
    print("refused at run time:", error)
    #> refused at run time: 'lenient'
