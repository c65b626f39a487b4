"""A broken link, a broken anchor and a missing snippet each stop the strict build."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import build_site, copy_fixture


@pytest.fixture
def handbook(tmp_path: Path) -> Path:
    return copy_fixture("broken-site", tmp_path)


def test_a_broken_link_names_its_page_and_line(handbook: Path) -> None:
    built = build_site(handbook / "mkdocs.yml", handbook / "site")
    assert built.returncode != 0
    assert (
        "docs/index.md:9: the link to 'missing.md' leads to no page or file"
        in built.output
    ), built.output


def test_a_broken_anchor_stops_the_build_naming_page_and_anchor(handbook: Path) -> None:
    built = build_site(handbook / "mkdocs.yml", handbook / "site")
    assert built.returncode != 0
    assert "'index.md' contains a link '#nowhere'" in built.output, built.output
    assert "#present" not in built.output
    assert "items[0]" not in built.output, "inline code is not a link"
    assert "value" not in built.output


def test_a_missing_snippet_names_its_page_and_line(handbook: Path) -> None:
    page = handbook / "docs" / "index.md"
    page.write_text('# Snippet\n\n```python\n--8<-- "gone.py"\n```\n')
    built = build_site(handbook / "mkdocs.yml", handbook / "site")
    assert built.returncode != 0
    assert "docs/index.md:4: snippet 'gone.py' not found" in built.output, built.output
