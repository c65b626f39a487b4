"""Compare what a block printed with the ``#>`` lines written under its prints.

The check is strict in both directions: every ``#>`` line must be printed, and every
print must be written down. The block's expected text is rebuilt from scratch (all
``#>`` lines removed, then what each ``print`` call printed inserted after the call,
at the call's indentation) and compared with the block as written; the same text is
what ``--update-examples`` writes back.
"""

from __future__ import annotations

import ast
import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

OUTPUT_LINE = re.compile(r"^\s*#>(?: |$)")
PREFIX = "#> "


@dataclass(frozen=True)
class Printed:
    """One call of ``print``: the page lines on its stack, innermost first, and text."""

    lines: tuple[int, ...]
    text: str

    @classmethod
    def from_report(cls, record: dict[str, Any]) -> Printed:
        """Read a print as the sandbox worker reports it."""
        args: list[list[Any]] = record["args"]
        text = str(record["sep"]).join(str(arg[0]) for arg in args)
        return cls(tuple(int(n) for n in record["lines"]), text)


def expected_code(code: str, code_line: int, printed: Sequence[Printed]) -> str:
    """The block as it should read, given what it printed.

    Args:
        code: The block's code as written (with its ``#>`` lines).
        code_line: The page line of the code's first line.
        printed: What the block printed, in order.

    Returns:
        The code with every ``#>`` line replaced by what was printed.
    """
    lines = code.splitlines()
    last = code_line + len(lines) - 1
    places = _print_calls(code)
    inserts: dict[int, list[str]] = {}
    for item in printed:
        inside = [n for n in item.lines if code_line <= n <= last]
        if not inside:
            continue
        relative = inside[0] - code_line + 1
        end, column = places.get(relative, (relative, _indent(lines[relative - 1])))
        indent = " " * column
        rendered = [
            f"{indent}{PREFIX}{text}".rstrip() for text in item.text.split("\n")
        ]
        inserts.setdefault(end, []).extend(rendered)
    out: list[str] = []
    for number, line in enumerate(lines, start=1):
        if not OUTPUT_LINE.match(line):
            out.append(line)
        out.extend(inserts.get(number, []))
    return "\n".join(out) + "\n"


def differences(code: str, expected: str) -> str:
    """A unified diff from the block as written to the block as it should read."""
    written = [line.rstrip() for line in code.splitlines()]
    wanted = [line.rstrip() for line in expected.splitlines()]
    if written == wanted:
        return ""
    return "\n".join(
        difflib.unified_diff(written, wanted, "as written", "as printed", lineterm="")
    )


def _print_calls(code: str) -> dict[int, tuple[int, int]]:
    """Map the first line of each ``print(...)`` call to its last line and column."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return {}
    calls: dict[int, tuple[int, int]] = {}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "print"
        ):
            end = node.end_lineno or node.lineno
            calls.setdefault(node.lineno, (end, node.col_offset))
            for line in range(node.lineno, end + 1):
                calls.setdefault(line, (end, node.col_offset))
    return calls


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))
