"""Links from old code reviews keep working: the ledger against real builds.

A small fixture handbook is built with the real plugin, then changed the ways a
handbook changes (a page moves, a rule is deleted, a rule is retired) and built again;
the ledger recorded from the first build must still resolve, or the check must say which
entry broke and why.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import build_site, copy_fixture
from handbook.ledger import check_site, current_anchors, load_ledger, retired_rules
from handbook.project import current_project, load_project


@pytest.fixture
def handbook(tmp_path: Path) -> Path:
    return copy_fixture("ledger-site", tmp_path)


def build(root: Path) -> Path:
    built = build_site(root / "mkdocs.yml", root / "site")
    assert built.returncode == 0, built.output
    return built.site


def redirect(root: Path, old: str, new: str) -> None:
    config = root / "mkdocs.yml"
    data = yaml.safe_load(config.read_text())
    plugins = data["plugins"]
    plugins[1] = {"redirects": {"redirect_maps": {old: new}}}
    config.write_text(yaml.safe_dump(data))


def test_the_first_build_resolves_its_own_ledger(handbook: Path) -> None:
    ledger = current_anchors(load_project(handbook))
    assert ledger == {"guide/": ["naming", "FIX-NAM-001", "FIX-NAM-002"]}
    assert check_site(build(handbook), ledger, {}) == []


def test_a_moved_page_with_a_redirect_keeps_every_link(handbook: Path) -> None:
    ledger = current_anchors(load_project(handbook))
    (handbook / "docs" / "guide.md").rename(handbook / "docs" / "conventions.md")
    redirect(handbook, "guide.md", "conventions.md")
    site = build(handbook)
    assert check_site(site, ledger, {}) == []
    assert (site / "r" / "FIX-NAM-001" / "index.html").exists()


def test_a_moved_page_without_a_redirect_breaks_each_link(handbook: Path) -> None:
    ledger = current_anchors(load_project(handbook))
    (handbook / "docs" / "guide.md").rename(handbook / "docs" / "conventions.md")
    problems = check_site(build(handbook), ledger, {})
    assert problems == [
        f"guide/#{anchor}: the page is gone and no redirect replaces it"
        for anchor in ("naming", "FIX-NAM-001", "FIX-NAM-002")
    ]


def cut_second_rule(root: Path) -> None:
    page = root / "docs" / "guide.md"
    text = page.read_text()
    page.write_text(text[: text.index("### Name classes")])


def test_a_deleted_rule_without_a_tombstone_fails_naming_its_id(handbook: Path) -> None:
    ledger = current_anchors(load_project(handbook))
    cut_second_rule(handbook)
    assert check_site(build(handbook), ledger, {}) == [
        "guide/#FIX-NAM-002: guide/index.html has no anchor 'FIX-NAM-002' "
        "(a rule removed without a tombstone)"
    ]


def test_a_retired_rule_keeps_a_tombstone_at_its_short_link(handbook: Path) -> None:
    ledger = current_anchors(load_project(handbook))
    cut_second_rule(handbook)
    data = handbook / "src" / "handbook" / "data"
    data.mkdir(parents=True)
    (data / "retired.yml").write_text(
        "FIX-NAM-002:\n  replaced_by: FIX-NAM-001\n"
        "  reason: Class names are covered by the general naming rule.\n"
    )
    site = build(handbook)
    assert check_site(site, ledger, retired_rules(handbook)) == []
    tombstone = (site / "r" / "FIX-NAM-002" / "index.html").read_text()
    assert "FIX-NAM-002 is retired" in tombstone
    assert '<a href="../../guide/#FIX-NAM-001">FIX-NAM-001</a>' in tombstone


def test_the_real_ledger_resolves_in_the_real_site(site: Path) -> None:
    root = current_project().root
    assert check_site(site, load_ledger(root), retired_rules(root)) == []


def test_a_retired_id_is_never_reused(handbook: Path) -> None:
    data = handbook / "src" / "handbook" / "data"
    data.mkdir(parents=True)
    (data / "retired.yml").write_text(
        "FIX-NAM-002:\n  replaced_by: null\n  reason: Dropped.\n"
    )
    built = build_site(handbook / "mkdocs.yml", handbook / "site")
    assert built.returncode != 0
    assert (
        "docs/guide.md:11: FIX-NAM-002 is a retired rule's ID; IDs are never reused"
        in built.output
    ), built.output
