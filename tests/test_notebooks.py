"""A notebook's lint copy: its cells as one file, exempt from E402 only if needed."""

from __future__ import annotations

import json
from pathlib import Path

from handbook.notebooks import LATE_IMPORTS, cell_line, lint_copy


def notebook(folder: Path, *cells: str) -> Path:
    path = folder / "docs" / "nb.ipynb"
    path.parent.mkdir(parents=True)
    content: dict[str, object] = {
        "cells": [
            {"cell_type": "code", "source": code, "metadata": {}, "outputs": []}
            for code in cells
        ],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    path.write_text(json.dumps(content))
    return path


def test_imports_up_front_need_no_exemption(tmp_path: Path) -> None:
    path = notebook(tmp_path, "import json\n", "print(json.dumps(1))\n")
    plan_path, text, starts = lint_copy(path, tmp_path)
    assert plan_path == "examples/nb/cells.py"
    assert LATE_IMPORTS not in text
    assert cell_line(starts, starts[1][0]) == (2, 1)


def test_an_import_in_a_later_cell_is_exempt_from_e402(tmp_path: Path) -> None:
    path = notebook(tmp_path, "print(1)\n", "import json\n\nprint(json.dumps(2))\n")
    _, text, _ = lint_copy(path, tmp_path)
    assert LATE_IMPORTS in text
