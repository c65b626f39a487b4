"""Run one example under another interpreter and report what it printed.

This file is executed by a newer Python than the handbook's own (for blocks marked
``requires="3.12"``), so it uses the standard library only. Usage::

    python3.12 subprocess_runner.py EXAMPLE.py REPORT.json

The report is a JSON list of the printed lines, formatted as pytest-examples formats
them in-process (sets sorted, memory addresses masked), so ``#>`` lines read the same.
"""

import builtins
import json
import re
import runpy
import sys


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, set):
        items = ", ".join(repr(item) for item in sorted(value))  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]
        return "{" + items + "}"
    return re.sub(r"0x[a-f0-9]{8,12}>", "0x0123456789ab>", str(value))


def main() -> int:
    """Execute the example named on the command line, recording what it prints."""
    target, report = sys.argv[1], sys.argv[2]
    printed: list[str] = []

    def recording_print(*args: object, sep: str = " ", **_: object) -> None:
        printed.extend(sep.join(_text(arg) for arg in args).splitlines())

    builtins.print = recording_print
    try:
        runpy.run_path(target, run_name="__main__")
    finally:
        with open(report, "w", encoding="utf-8") as file:  # noqa: PTH123 - stdlib only
            json.dump(printed, file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
