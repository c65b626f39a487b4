"""A page's mirrors: declarations, and the sections the source repeats by heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from handbook.blocks import Page, PageError, parse_text
from handbook.sources import declared_targets

REPEATED = "Code Documentation - Mandatory"
"""A heading the Universal Development Standards have twice, at lines 1737 and 2302."""


def page(name: str, *entries: str) -> Page:
    mirrors = "".join(f"  - {entry}\n" for entry in entries)
    text = f"---\ntitle: t\nmirrors:\n{mirrors}---\n\n# T\n"
    return parse_text(text, f"docs/uds/{name}.md", Path("snippets"))


def test_each_occurrence_of_a_repeated_heading_maps_to_its_own_page() -> None:
    first = page("a", f'section: "{REPEATED}"\n    line: 1737\n    anchor: x')
    second = page("b", f'section: "{REPEATED}"\n    line: 2302\n    anchor: y')
    targets = declared_targets((first, second))
    assert targets[("uds", REPEATED, 1737)] == "uds/a.md#x"
    assert targets[("uds", REPEATED, 2302)] == "uds/b.md#y"


def test_a_repeated_heading_without_its_line_is_refused() -> None:
    with pytest.raises(PageError, match=r"2 times \(lines 1737, 2302\): add line:"):
        declared_targets((page("a", f'section: "{REPEATED}"'),))


def test_a_line_where_the_heading_is_not_is_refused() -> None:
    entry = f'section: "{REPEATED}"\n    line: 1738'
    with pytest.raises(PageError, match=r"is not at line 1738 \(it is at 1737, 2302\)"):
        declared_targets((page("a", entry),))


def test_one_occurrence_mirrored_twice_is_refused() -> None:
    entry = f'section: "{REPEATED}"\n    line: 2302'
    with pytest.raises(PageError, match=r"already mirrored by uds/a\.md"):
        declared_targets((page("a", entry), page("b", entry)))
