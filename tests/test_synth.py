"""The synthetic handbooks' copier: copies whose links still land.

The benchmark's growth figures are only worth something if the copied handbook builds
strictly like the original; these tests hold the copier to that on a small handbook
made here, a chapter with a rule and a notebook linking to it.
"""

from __future__ import annotations

import json
from pathlib import Path

import synth

CHAPTER = """\
# Data science

## Seeds are fixed {#UDS-DSR-004 .should}

See [the notebook](data-quality.ipynb).
"""


def notebook(*lines: str) -> str:
    cells: list[dict[str, object]] = [
        {"cell_type": "markdown", "metadata": {}, "source": list(lines)},
        {
            "cell_type": "code",
            "metadata": {},
            "execution_count": None,
            "outputs": [],
            "source": ["print('data-science.md#UDS-DSR-004')"],
        },
    ]
    return json.dumps(
        {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    )


def handbook(tmp_path: Path) -> Path:
    root = tmp_path / "source"
    (root / "docs" / "uds").mkdir(parents=True)
    (root / "docs" / "uds" / "data-science.md").write_text(CHAPTER, encoding="utf-8")
    text = notebook(
        "# Checks\n", "As [UDS-DSR-004](data-science.md#UDS-DSR-004) asks.\n"
    )
    (root / "docs" / "uds" / "data-quality.ipynb").write_text(text, encoding="utf-8")
    nav = "nav:\n  - uds/data-science.md\n  - uds/data-quality.ipynb\n"
    (root / "mkdocs.yml").write_text("site_name: t\n" + nav, encoding="utf-8")
    return root


def test_a_notebook_copy_links_to_the_copied_chapter_and_its_fresh_id(
    tmp_path: Path,
) -> None:
    made = synth.make_copy(handbook(tmp_path), tmp_path / "copy", 2)
    docs = made.root / "docs"
    chapter = (docs / "uds" / "x2" / "data-science.md").read_text(encoding="utf-8")
    fresh = chapter.split("{#", 1)[1].split()[0]
    assert fresh != "UDS-DSR-004"
    assert fresh.startswith("UDS-DS")
    copy = json.loads((docs / "x2" / "data-quality.ipynb").read_text(encoding="utf-8"))
    text = "".join(copy["cells"][0]["source"])
    assert f"[{fresh}](../uds/x2/data-science.md#{fresh})" in text
    # Where the link points from the copy's folder, the chapter's copy is.
    target = (docs / "x2" / "../uds/x2/data-science.md").resolve()
    assert target.is_file()
    # Code cells are the original's.
    assert copy["cells"][1]["source"] == ["print('data-science.md#UDS-DSR-004')"]


def test_the_original_notebook_is_left_as_it_was(tmp_path: Path) -> None:
    source = handbook(tmp_path)
    before = (source / "docs" / "uds" / "data-quality.ipynb").read_text("utf-8")
    made = synth.make_copy(source, tmp_path / "copy", 3)
    after = (made.root / "docs" / "uds" / "data-quality.ipynb").read_text("utf-8")
    assert after == before
    assert (made.root / "docs" / "x3" / "data-quality.ipynb").is_file()
