"""Links from old code reviews keep working: the ledger against real builds.

A small fixture handbook is built with the real plugin, then changed the ways a
handbook changes (a page moves, a rule is deleted, a rule is retired) and built again;
the ledger recorded from the first build must still resolve, or the check must say which
entry broke and why. ``handbook ledger --check`` holds the sources to the same ledger
without a build: each entry that lands nowhere is named with its line of ledger.json.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from support import build_site, copy_fixture

from handbook.cli import main
from handbook.ledger import (
    check_site,
    current_anchors,
    load_ledger,
    redirect_maps,
    retired_rules,
)
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
    assert ledger == {"pds/guide/": ["naming", "PDS-NAM-001", "PDS-NAM-002"]}
    assert check_site(build(handbook), ledger, {}) == []


def test_a_moved_page_with_a_redirect_keeps_every_link(handbook: Path) -> None:
    ledger = current_anchors(load_project(handbook))
    (handbook / "docs" / "pds" / "guide.md").rename(
        handbook / "docs" / "pds" / "conventions.md"
    )
    redirect(handbook, "pds/guide.md", "pds/conventions.md")
    site = build(handbook)
    assert check_site(site, ledger, {}) == []
    assert (site / "r" / "PDS-NAM-001" / "index.html").exists()


def test_a_moved_page_without_a_redirect_breaks_each_link(handbook: Path) -> None:
    ledger = current_anchors(load_project(handbook))
    (handbook / "docs" / "pds" / "guide.md").rename(
        handbook / "docs" / "pds" / "conventions.md"
    )
    problems = check_site(build(handbook), ledger, {})
    assert problems == [
        f"pds/guide/#{anchor}: the page is gone and no redirect replaces it"
        for anchor in ("naming", "PDS-NAM-001", "PDS-NAM-002")
    ]


def cut_second_rule(root: Path) -> None:
    page = root / "docs" / "pds" / "guide.md"
    text = page.read_text()
    page.write_text(text[: text.index("### Name classes")])


def test_a_deleted_rule_without_a_tombstone_fails_naming_its_id(handbook: Path) -> None:
    ledger = current_anchors(load_project(handbook))
    cut_second_rule(handbook)
    assert check_site(build(handbook), ledger, {}) == [
        "pds/guide/#PDS-NAM-002: pds/guide/index.html has no anchor 'PDS-NAM-002' "
        "(a rule removed without a tombstone)"
    ]


def test_a_retired_rule_keeps_a_tombstone_at_its_short_link(handbook: Path) -> None:
    ledger = current_anchors(load_project(handbook))
    cut_second_rule(handbook)
    data = handbook / "src" / "handbook" / "data"
    data.mkdir(parents=True)
    (data / "retired.yml").write_text(
        "PDS-NAM-002:\n  replaced_by: PDS-NAM-001\n"
        "  reason: Class names are covered by the general naming rule.\n"
    )
    site = build(handbook)
    assert check_site(site, ledger, retired_rules(handbook)) == []
    tombstone = (site / "r" / "PDS-NAM-002" / "index.html").read_text()
    assert "PDS-NAM-002 is retired" in tombstone
    assert '<a href="../../pds/guide/#PDS-NAM-001">PDS-NAM-001</a>' in tombstone


def test_the_real_ledger_resolves_in_the_real_site(site: Path) -> None:
    root = current_project().root
    assert check_site(site, load_ledger(root), retired_rules(root)) == []


def test_a_retired_id_is_never_reused(handbook: Path) -> None:
    data = handbook / "src" / "handbook" / "data"
    data.mkdir(parents=True)
    (data / "retired.yml").write_text(
        "PDS-NAM-002:\n  replaced_by: null\n  reason: Dropped.\n"
    )
    built = build_site(handbook / "mkdocs.yml", handbook / "site")
    assert built.returncode != 0
    assert (
        "docs/pds/guide.md:11: PDS-NAM-002 is a retired rule's ID; IDs are never reused"
        in built.output
    ), built.output


# ------------------------------------------------------------ handbook ledger --check

LEDGER = "src/handbook/data/ledger.json"
RETIRE_HINT = (
    "the rule is gone from docs/pds/guide.md and has no tombstone: retire it in "
    "src/handbook/data/retired.yml (IDs are never renamed or reused)"
)
NO_REDIRECT = (
    "the page is gone and no redirect in mkdocs.yml (plugins: redirects: "
    "redirect_maps) starts from pds/guide.md or pds/guide/index.md"
)


@pytest.fixture
def recorded(handbook: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The fixture handbook with its ledger recorded by `handbook ledger`."""
    assert main(["--root", str(handbook), "ledger"]) == 0
    assert capsys.readouterr().out == "ledger: 3 anchor(s) added\n"
    return handbook


def ledger(root: Path, capsys: pytest.CaptureFixture[str], *args: str) -> list[str]:
    """Run ``handbook ledger ARGS``; its exit status, then each line it printed."""
    status = main(["--root", str(root), "ledger", *args])
    return [str(status), *capsys.readouterr().out.splitlines()]


def where(root: Path, anchor: str) -> str:
    """``ledger.json:LINE`` of `anchor`, read from the file as written."""
    lines = (root / LEDGER).read_text().splitlines()
    number = next(n for n, line in enumerate(lines, 1) if line.strip(' ",') == anchor)
    return f"{LEDGER}:{number}"


def retire(root: Path, text: str) -> None:
    data = root / "src" / "handbook" / "data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "retired.yml").write_text(text)


def test_the_check_passes_on_the_ledger_just_recorded(
    recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert ledger(recorded, capsys, "--check") == [
        "0",
        "the ledger lists every published rule ID and anchor, and each lands",
    ]


def test_a_removed_rule_fails_the_check_until_it_is_retired(
    recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cut_second_rule(recorded)
    assert ledger(recorded, capsys, "--check") == [
        "1",
        f"{where(recorded, 'PDS-NAM-002')}: pds/guide/#PDS-NAM-002: {RETIRE_HINT}",
    ]
    retire(recorded, "PDS-NAM-002:\n  replaced_by: null\n  reason: Dropped.\n")
    assert ledger(recorded, capsys, "--check")[0] == "0"


def test_a_renamed_rule_id_fails_naming_the_old_one(
    recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = recorded / "docs" / "pds" / "guide.md"
    page.write_text(page.read_text().replace("PDS-NAM-002", "PDS-NAM-003"))
    lost = f"{where(recorded, 'PDS-NAM-002')}: pds/guide/#PDS-NAM-002: {RETIRE_HINT}"
    assert ledger(recorded, capsys, "--check") == [
        "1",
        lost,
        "1 published anchor(s) missing from the ledger: run `handbook ledger`",
    ]
    # Recording the new ID still reports the old one, and fails.
    assert ledger(recorded, capsys) == ["1", "ledger: 1 anchor(s) added", lost]
    retire(recorded, "PDS-NAM-002:\n  replaced_by: PDS-NAM-003\n  reason: Renamed.\n")
    assert ledger(recorded, capsys, "--check")[0] == "0"


def test_a_renamed_heading_anchor_fails(
    recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = recorded / "docs" / "pds" / "guide.md"
    page.write_text(page.read_text().replace("{#naming}", "{#names}"))
    assert ledger(recorded, capsys, "--check") == [
        "1",
        f"{where(recorded, 'naming')}: pds/guide/#naming: the anchor is gone from "
        "docs/pds/guide.md: put it back on a heading (published links point at it)",
        "1 published anchor(s) missing from the ledger: run `handbook ledger`",
    ]


def test_a_rule_moved_to_another_page_fails_naming_both_places(
    recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = recorded / "docs" / "pds" / "guide.md"
    text = page.read_text()
    cut_second_rule(recorded)
    moved = text[text.index("### Name classes") :]
    (recorded / "docs" / "pds" / "classes.md").write_text(f"# Classes\n\n{moved}")
    assert ledger(recorded, capsys, "--check") == [
        "1",
        f"{where(recorded, 'PDS-NAM-002')}: pds/guide/#PDS-NAM-002: "
        "docs/pds/guide.md no longer has it; it moved to docs/pds/classes.md:3, and "
        "links to the old page do not follow an anchor (only a page can be redirected)",
        "1 published anchor(s) missing from the ledger: run `handbook ledger`",
    ]


def test_a_deleted_page_fails_for_each_of_its_anchors(
    recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (recorded / "docs" / "pds" / "guide.md").unlink()
    (recorded / "docs" / "index.md").write_text("# Home\n")
    assert ledger(recorded, capsys, "--check") == [
        "1",
        *(
            f"{where(recorded, anchor)}: pds/guide/#{anchor}: {NO_REDIRECT}"
            for anchor in ("naming", "PDS-NAM-001", "PDS-NAM-002")
        ),
    ]
    # Tombstones cover the rules; the heading's anchor still has nowhere to land.
    retire(
        recorded,
        "PDS-NAM-001:\n  replaced_by: null\n  reason: Dropped.\n"
        "PDS-NAM-002:\n  replaced_by: null\n  reason: Dropped.\n",
    )
    assert ledger(recorded, capsys, "--check") == [
        "1",
        f"{where(recorded, 'naming')}: pds/guide/#naming: {NO_REDIRECT}",
    ]


def test_a_moved_page_fails_until_it_is_redirected(
    recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (recorded / "docs" / "pds" / "guide.md").rename(
        recorded / "docs" / "pds" / "conventions.md"
    )
    assert ledger(recorded, capsys, "--check") == [
        "1",
        *(
            f"{where(recorded, anchor)}: pds/guide/#{anchor}: {NO_REDIRECT}"
            for anchor in ("naming", "PDS-NAM-001", "PDS-NAM-002")
        ),
        "3 published anchor(s) missing from the ledger: run `handbook ledger`",
    ]
    redirect(recorded, "pds/guide.md", "pds/conventions.md")
    assert ledger(recorded, capsys) == ["0", "ledger: 3 anchor(s) added"]
    assert ledger(recorded, capsys, "--check")[0] == "0"


def test_a_redirect_to_a_page_without_the_anchor_fails(
    recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cut_second_rule(recorded)
    (recorded / "docs" / "pds" / "guide.md").rename(
        recorded / "docs" / "pds" / "conventions.md"
    )
    redirect(recorded, "pds/guide.md", "pds/conventions.md")
    assert ledger(recorded, capsys) == [
        "1",
        "ledger: 2 anchor(s) added",
        # The line is that of the ledger as it was just written.
        f"{where(recorded, 'PDS-NAM-002')}: pds/guide/#PDS-NAM-002: mkdocs.yml "
        "redirects pds/guide.md to pds/conventions.md, which has no anchor "
        "'PDS-NAM-002', and the rule has no tombstone in src/handbook/data/retired.yml",
    ]


def test_redirect_maps_reads_mkdocs_yml_with_its_tags(handbook: Path) -> None:
    (handbook / "mkdocs.yml").write_text(
        "site_name: !ENV [SITE_NAME, Ledger fixture]\n"
        "markdown_extensions:\n"
        "  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "plugins:\n"
        "  - handbook\n"
        "  - redirects:\n"
        "      redirect_maps:\n"
        "        guide.md: conventions.md\n"
    )
    assert redirect_maps(handbook) == {"guide.md": "conventions.md"}
