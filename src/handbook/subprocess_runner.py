"""Run one example under another interpreter and report what it printed.

This file is executed by a newer Python than the handbook's own (for blocks marked
``requires="3.12"``), so it uses the standard library only. Usage::

    python3.12 subprocess_runner.py EXAMPLE.py REPORT.json

The report is a JSON list of print calls: ``[line, sep, [[is_str, text], ...]]``.
"""

import builtins
import inspect
import json
import re
import runpy
import sys
from types import FrameType


def _text(value: object) -> tuple[bool, str]:
    if isinstance(value, str):
        return True, value
    if isinstance(value, set):
        items = ", ".join(repr(item) for item in sorted(value))  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]
        return False, "{" + items + "}"
    return False, re.sub(r"0x[a-f0-9]{8,12}>", "0x0123456789ab>", str(value))


def main() -> int:
    """Execute the example named on the command line, recording its print calls."""
    target, report = sys.argv[1], sys.argv[2]
    calls: list[object] = []

    def recording_print(*args: object, sep: str = " ", **_: object) -> None:
        # The walk starts here, in this function, whose file is never the target.
        frame: FrameType | None = inspect.currentframe()
        while frame is not None and frame.f_code.co_filename != target:
            frame = frame.f_back
        line = frame.f_lineno if frame is not None else 0
        calls.append([line, sep, [_text(arg) for arg in args]])

    builtins.print = recording_print
    try:
        runpy.run_path(target, run_name="__main__")
    finally:
        with open(report, "w", encoding="utf-8") as file:  # noqa: PTH123 - stdlib only
            json.dump(calls, file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
