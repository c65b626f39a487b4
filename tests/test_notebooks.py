"""Notebooks in the docs are executed: what they show must be what they print now."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).parents[1]
NOTEBOOKS = sorted((ROOT / "docs").rglob("*.ipynb"))


def text_outputs(notebook: nbformat.NotebookNode) -> list[str]:
    texts: list[str] = []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream":
                texts.append(output["text"])
            elif "data" in output and "text/plain" in output["data"]:
                texts.append(output["data"]["text/plain"])
            elif output.get("output_type") == "error":
                texts.append(f"{output['ename']}: {output['evalue']}")
    return texts


def test_the_handbook_has_a_notebook() -> None:
    assert NOTEBOOKS


@pytest.mark.parametrize(
    "path", NOTEBOOKS, ids=lambda p: p.relative_to(ROOT).as_posix()
)
def test_notebook_runs_and_matches_its_saved_output(path: Path) -> None:
    saved = nbformat.read(path, as_version=4)
    fresh = nbformat.read(path, as_version=4)
    NotebookClient(
        fresh,
        timeout=60,
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT)}},
    ).execute()
    assert text_outputs(fresh) == text_outputs(saved), (
        f"{path.relative_to(ROOT)}: the saved outputs are stale; re-run the notebook"
    )
