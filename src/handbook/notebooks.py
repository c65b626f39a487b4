"""Run a notebook's code cells in the sandbox and compare them with its saved outputs.

Cells run in order in one fresh sandboxed process, as a kernel would run them: names
carry over, and a cell's final expression is shown. What each cell prints and shows
is compared with the text outputs saved in the notebook (stream text and
``text/plain`` results), so a notebook on the site is what its code prints today.
IPython's own syntax (``%magic``, ``!command``) is not Python and is refused.
"""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from handbook.printcheck import Printed
from handbook.sandbox import Sandbox, Unit


@dataclass(frozen=True)
class Cell:
    """A code cell: its number (from 1, counting code cells), code and saved text."""

    number: int
    code: str
    first_line: int
    """Where the cell starts in the notebook's code, counted as one text."""
    saved: str


def code_cells(path: Path) -> list[Cell]:
    """The notebook's code cells, with their saved text outputs."""
    notebook = cast("dict[str, Any]", json.loads(path.read_text(encoding="utf-8")))
    cells: list[Cell] = []
    line = 1
    for raw in cast("list[dict[str, Any]]", notebook.get("cells", [])):
        if raw.get("cell_type") != "code":
            continue
        code = _text(raw.get("source", ""))
        cells.append(Cell(len(cells) + 1, code, line, _saved_text(raw)))
        line += code.count("\n") + 2
    return cells


NOTEBOOK_HEADER = "# Code cells of {name}, one after another, for the linters.\n"
LATE_IMPORTS = (
    "# ruff: noqa: E402 - a notebook imports in the cell that first needs a module\n"
)
"""Added to the header only where an import follows other code: ruff would report an
unused exemption (RUF100) in a notebook that imports everything up front."""


def lint_copy(path: Path, root: Path) -> tuple[str, str, list[tuple[int, Cell]]]:
    """The notebook's code as one Python file of the plan, for ruff and pyright.

    Returns:
        The file's path relative to the plan, its text, and where each cell starts.
    """
    name = path.relative_to(root).as_posix()
    plan_path = (
        "examples/" + name.removeprefix("docs/").removesuffix(".ipynb") + "/cells.py"
    )
    text = NOTEBOOK_HEADER.format(name=name)
    cells = code_cells(path)
    if _imports_after_code("\n".join(cell.code for cell in cells)):
        text += LATE_IMPORTS
    starts: list[tuple[int, Cell]] = []
    for cell in cells:
        text += f"\n\n# cell {cell.number}\n"
        starts.append((text.count("\n") + 1, cell))
        text += cell.code.rstrip() + "\n"
    return plan_path, text, starts


def _imports_after_code(code: str) -> bool:
    """Whether a top-level import follows other top-level code (what E402 reports)."""
    try:
        body = ast.parse(code).body
    except SyntaxError:
        return True  # ruff reports the syntax error; keep the exemption out of its way
    seen_code = False
    for statement in body:
        if isinstance(statement, ast.Import | ast.ImportFrom):
            if seen_code:
                return True
        elif not (
            isinstance(statement, ast.Expr)
            and isinstance(statement.value, ast.Constant)
        ):
            seen_code = True
    return False


def cell_line(starts: list[tuple[int, Cell]], file_line: int) -> tuple[int, int]:
    """The cell number and line within the cell of a line of the lint copy."""
    for start, cell in reversed(starts):
        if file_line >= start:
            return cell.number, file_line - start + 1
    return 0, file_line


def check_notebook(path: Path, root: Path, sandbox: Sandbox) -> list[str]:
    """Run the notebook; return one problem per cell that fails or shows other text."""
    name = path.relative_to(root).as_posix()
    cells = code_cells(path)
    for cell in cells:
        for number, line in enumerate(cell.code.splitlines(), start=1):
            if line.lstrip().startswith(("%", "!")):
                return [
                    f"{name}: cell {cell.number}, line {number}: IPython syntax is not "
                    "Python; write the cell in plain Python"
                ]
    units = [Unit(cell.code, cell.first_line, display=True) for cell in cells]
    outcome = sandbox.run_python(units, str(path))
    problems: list[str] = []
    reports = outcome.units()
    for cell, report in zip(cells, reports, strict=False):
        error = report.get("error")
        if error is not None:
            line = int(error["line"]) - cell.first_line + 1
            problems.append(
                f"{name}: cell {cell.number}, line {max(line, 1)}: "
                f"{error['type']}: {error['message']}"
            )
            break
        printed = [Printed.from_report(record) for record in report["prints"]]
        fresh = "".join(item.text + "\n" for item in printed)
        if report.get("display") is not None:
            fresh += str(report["display"])
        if fresh.rstrip("\n") != cell.saved.rstrip("\n"):
            problems.append(
                f"{name}: cell {cell.number} shows other text than the notebook saved; "
                f"re-run the notebook and save it.\nsaved:\n{cell.saved}\nnow:\n{fresh}"
            )
    if len(reports) < len(cells) and not problems:
        problems.append(f"{name}: the notebook {outcome.ended or 'stopped early'}")
    return problems


def _saved_text(cell: dict[str, Any]) -> str:
    parts: list[str] = []
    for output in cast("list[dict[str, Any]]", cell.get("outputs", [])):
        kind = output.get("output_type")
        if kind == "stream" and output.get("name", "stdout") == "stdout":
            parts.append(_text(output.get("text", "")))
        elif kind in {"execute_result", "display_data"}:
            data = cast("dict[str, Any]", output.get("data", {}))
            if "text/plain" in data:
                parts.append(_text(data["text/plain"]))
        elif kind == "error":
            parts.append(f"{output.get('ename')}: {output.get('evalue')}\n")
    return "".join(parts)


def _text(value: object) -> str:
    if isinstance(value, list):
        return "".join(str(part) for part in cast("list[object]", value))
    return str(value)
