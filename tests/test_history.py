"""Each rule's history, derived from the releases' snapshots and the pages.

The derivation is tested on snapshots made by hand (added, level raised or lowered,
retitled, moved, reworded, re-enforced, unchanged, retired, not yet released); the
digest on pages; the data file on its own text; and ``handbook snapshot`` on a copy of
a fixture handbook, whose build then shows the history on the rule and its short link.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from support import build_site, copy_fixture

from handbook.blocks import parse_text
from handbook.cli import main
from handbook.history import (
    RELEASES,
    UNRELEASED,
    Change,
    HistoryError,
    ReleaseRecorded,
    Snapshot,
    derive_histories,
    histories_of,
    load_releases,
    parse_releases,
    record_release,
    release_changes,
    release_version,
    releases_json,
    rule_digest,
    snapshot_of,
    write_releases,
)
from handbook.project import Project, load_project
from handbook.rules import collect_rules, rules_of, section_text

ID = "PDS-TYP-001"


def page(text: str, name: str = "docs/pds/page.md") -> Project:
    return Project(Path(), (parse_text(text, name, Path("snippets")),), ())


BASE = Snapshot("Check types", "should", "pds/typing.md", (), "0123456789abcdef")


def changes_of(*versions: tuple[str, Snapshot | None]) -> tuple[Change, ...]:
    """The history of `ID` over releases, the last pair being the pages now."""
    *released, (_, now) = versions
    releases = {v: ({ID: s} if s else {}) for v, s in released}
    current = {ID: now} if now else {}
    return derive_histories(releases, current)[ID].changes


def test_a_rule_of_the_first_release_was_added_in_it() -> None:
    history = derive_histories({"0.1": {ID: BASE}}, {ID: BASE})[ID]
    assert history.changes == (Change("0.1", ("added",)),)
    assert (history.added_in, history.changed_in) == ("0.1", "0.1")
    assert history.later == ()
    assert history.summary() == "added in 0.1"
    assert not history.retired
    assert history.as_json() == {
        "added_in": "0.1",
        "changed_in": "0.1",
        "history": [{"version": "0.1", "changes": ["added"]}],
    }


@pytest.mark.parametrize(
    ("new", "details"),
    [
        (replace(BASE, level="must"), ("level raised from should to must",)),
        (replace(BASE, level="may"), ("level lowered from should to may",)),
        (
            replace(BASE, title="Type-check in strict mode"),
            ("title changed from “Check types” to “Type-check in strict mode”",),
        ),
        (
            replace(BASE, page="pds/type-checking.md"),
            ("moved from pds/typing.md to pds/type-checking.md",),
        ),
        (replace(BASE, digest="fedcba9876543210"), ("text changed",)),
        (
            replace(BASE, enforced_by=("pyright strict",)),
            ("now enforced by pyright strict",),
        ),
        (
            replace(BASE, level="must", digest="fedcba9876543210"),
            ("level raised from should to must", "text changed"),
        ),
    ],
)
def test_a_release_that_changes_a_rule_says_what_changed(
    new: Snapshot, details: tuple[str, ...]
) -> None:
    history = derive_histories({"0.1": {ID: BASE}, "0.2": {ID: new}}, {ID: new})[ID]
    assert history.changes == (Change("0.1", ("added",)), Change("0.2", details))
    assert history.changed_in == "0.2"
    assert history.later == (Change("0.2", details),)
    assert history.summary() == "added in 0.1, changed in 0.2"
    assert history.later[0].sentence() == f"0.2: {'; '.join(details)}"


def test_a_code_no_longer_enforcing_a_rule_is_a_change() -> None:
    checked = replace(BASE, enforced_by=("ruff ANN001", "pyright strict"))
    assert changes_of(("0.1", checked), ("0.2", BASE), ("now", BASE))[-1] == Change(
        "0.2", ("no longer enforced by ruff ANN001, pyright strict",)
    )


def test_a_rule_unchanged_for_releases_keeps_its_first_version() -> None:
    changes = changes_of(("0.1", BASE), ("0.2", BASE), ("0.3", BASE), ("now", BASE))
    assert changes == (Change("0.1", ("added",)),)


def test_only_the_releases_that_changed_it_are_listed_newest_first() -> None:
    must = replace(BASE, level="must")
    moved = replace(must, page="pds/type-checking.md")
    history = derive_histories(
        {"0.1": {ID: BASE}, "0.2": {ID: must}, "0.3": {ID: must}, "0.4": {ID: moved}},
        {ID: moved},
    )[ID]
    assert [change.version for change in history.later] == ["0.4", "0.2"]
    assert history.summary() == "added in 0.1, changed in 0.4"


def test_a_rule_gone_from_a_release_is_retired_in_it() -> None:
    other = replace(BASE, title="Other")
    releases = {"0.1": {ID: BASE, "PDS-TYP-002": other}, "0.2": {"PDS-TYP-002": other}}
    history = derive_histories(releases, {"PDS-TYP-002": other})[ID]
    assert history.changes == (Change("0.1", ("added",)), Change("0.2", ("retired",)))
    assert history.retired


def test_changes_since_the_last_release_are_unreleased() -> None:
    history = derive_histories({"0.1": {ID: BASE}}, {ID: replace(BASE, level="must")})
    change = history[ID].changes[-1]
    assert change == Change(UNRELEASED, ("level raised from should to must",))
    assert change.sentence() == "Unreleased: level raised from should to must"
    assert history[ID].summary() == "added in 0.1, changed, not yet released"
    assert changes_of(("0.1", BASE), ("now", None))[-1] == Change(
        UNRELEASED, ("retired",)
    )


def test_without_a_release_every_rule_is_unreleased() -> None:
    history = derive_histories({}, {ID: BASE})[ID]
    assert history.changes == (Change(UNRELEASED, ("added",)),)
    assert history.summary() == "added, not yet released"


def test_releases_are_compared_in_version_order() -> None:
    must = replace(BASE, level="must")
    history = derive_histories({"0.10": {ID: must}, "0.9": {ID: BASE}}, {ID: must})
    assert history[ID].changes == (
        Change("0.9", ("added",)),
        Change("0.10", ("level raised from should to must",)),
    )


def test_what_one_release_changed() -> None:
    must = replace(BASE, level="must")
    other = replace(BASE, title="Other")
    releases = {"0.1": {ID: BASE}, "0.2": {ID: must, "PDS-TYP-002": other}}
    assert release_changes(releases, "0.2") == {
        ID: Change(UNRELEASED, ("level raised from should to must",)),
        "PDS-TYP-002": Change(UNRELEASED, ("added",)),
    }
    assert release_changes(releases, "0.1") == {ID: Change(UNRELEASED, ("added",))}


# ------------------------------------------------------------------ the digest

RULE = """\
# Typing

### Check types {#PDS-TYP-001 .should}

Run pyright in strict mode on every
new project.

**Why:** types catch mistakes early.

```markdown
## Not a heading of this page {#not-one}
```

### Next rule {#PDS-TYP-002 .may}

**Why:** another.
"""


def digest_of(text: str) -> str:
    parsed = page(text, "docs/pds/typing.md").pages[0]
    rule = rules_of(parsed)[0]
    return rule_digest(parsed, rule)


def test_the_section_runs_to_the_next_heading_outside_code_blocks() -> None:
    parsed = page(RULE, "docs/pds/typing.md").pages[0]
    text = section_text(parsed, rules_of(parsed)[0].line)
    assert "## Not a heading of this page" in text
    assert "Next rule" not in text
    assert text.strip().endswith("```")


@pytest.mark.parametrize(
    ("edited", "changed"),
    [
        (RULE.replace("every\nnew project", "every new\nproject"), False),
        (RULE.replace("### Check types {", "### Type-check {"), False),
        (RULE.replace(".should}", ".must}"), False),
        (RULE.replace("**Why:** another.", "**Why:** a third."), False),
        (RULE.replace("strict mode", "basic mode"), True),
        (RULE.replace("{#not-one}", "{#not-two}"), True),
    ],
    ids=["rewrapped", "retitled", "level", "next-rule", "reworded", "code-block"],
)
def test_the_digest_changes_with_the_text_only(edited: str, *, changed: bool) -> None:
    assert (digest_of(edited) != digest_of(RULE)) is changed


def test_a_snapshot_records_each_rule_as_the_pages_have_it() -> None:
    project = page(RULE.replace(".should}", '.should enforced-by="ruff:B006"}'))
    rules = collect_rules(project)
    snapshot = snapshot_of(project, rules)
    assert list(snapshot) == ["PDS-TYP-001", "PDS-TYP-002"]
    first = snapshot["PDS-TYP-001"]
    assert (first.title, first.level, first.page, first.enforced_by) == (
        "Check types",
        "should",
        "pds/page.md",
        ("ruff B006",),
    )
    assert re.fullmatch("[0-9a-f]{16}", first.digest)


# ------------------------------------------------------------------ the data file


def test_the_data_file_reads_back_what_was_written() -> None:
    releases = {
        "0.2": {ID: replace(BASE, enforced_by=("ruff B006",)), "PDS-TYP-002": BASE},
        "0.1": {ID: BASE},
    }
    text = releases_json(releases)
    assert parse_releases(text, "releases.json") == releases
    assert list(parse_releases(text, "releases.json")) == ["0.1", "0.2"]
    lines = text.splitlines()
    assert sum(f'"{ID}": {{' in line for line in lines) == len(releases), "a line each"


def malformed(text: str) -> str:
    with pytest.raises(HistoryError) as caught:
        parse_releases(text, "src/handbook/data/releases.json")
    return str(caught.value)


GOOD = releases_json({"0.1": {ID: BASE, "PDS-TYP-002": BASE}})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GOOD.replace('"0.1": {', '"0.1": {{'), ":4: not valid JSON"),
        ("[]", ':1: not a releases file: it is no object with a "releases" object'),
        (GOOD.replace('"0.1"', '"dev"'), ":4: 'dev' is no released version"),
        (
            GOOD.replace('"level": "should"', '"level": "shuold"', 1),
            ":5: release 0.1, PDS-TYP-001: level 'shuold' is not one of must, "
            "should, may",
        ),
        (
            GOOD.replace('"PDS-TYP-002"', '"pds-typ-2"'),
            ":6: release 0.1: 'pds-typ-2' is not a rule ID",
        ),
        (
            GOOD.replace('"title": "Check types", ', "", 1),
            ":5: release 0.1, PDS-TYP-001 has no string 'title'",
        ),
        (
            GOOD.replace('"digest"', '"note": "x", "digest"', 1),
            ":5: release 0.1, PDS-TYP-001 has an unknown field 'note'",
        ),
        (
            GOOD.replace('"enforced_by": []', '"enforced_by": "ruff B006"', 1),
            ":5: release 0.1, PDS-TYP-001 has no 'enforced_by' list of strings",
        ),
    ],
    ids=["json", "shape", "version", "level", "id", "title", "field", "codes"],
)
def test_a_malformed_data_file_names_its_file_and_line(text: str, message: str) -> None:
    assert malformed(text).startswith(f"src/handbook/data/releases.json{message}")


@pytest.mark.parametrize(
    ("name", "version"),
    [("0.2", "0.2"), ("v0.2.0", "0.2"), ("v1.4.2", "1.4"), ("refs/tags/v2.0.1", "2.0")],
)
def test_a_release_is_recorded_as_the_version_the_site_publishes(
    name: str, version: str
) -> None:
    assert release_version(name) == version


@pytest.mark.parametrize(
    "name", ["dev", "latest", "refs/heads/main", "0.2.0", "v0.2", "1", "01.2"]
)
def test_anything_else_is_no_release(name: str) -> None:
    with pytest.raises(ValueError, match=f"^{name!r} is no release: give the version"):
        release_version(name)


def test_recording_a_recorded_version_again() -> None:
    releases = {"0.1": {ID: BASE}}
    assert record_release(releases, "0.1", {ID: BASE}) == releases
    changed = {ID: replace(BASE, level="must")}
    with pytest.raises(ReleaseRecorded, match=r"0\.1 is recorded already, and 1 rule"):
        record_release(releases, "0.1", changed)
    assert record_release(releases, "0.1", changed, replace=True) == {"0.1": changed}
    assert list(record_release(releases, "0.2", changed)) == ["0.1", "0.2"]


# ------------------------------------------------------------------ the command


@pytest.fixture
def handbook(tmp_path: Path) -> Path:
    return copy_fixture("ledger-site", tmp_path)


def snapshot(root: Path, *args: str) -> int:
    return main(["--root", str(root), "snapshot", *args])


def raise_level(root: Path) -> None:
    """PDS-NAM-002 of the fixture goes from should to must."""
    guide = root / "docs" / "pds" / "guide.md"
    guide.write_text(
        guide.read_text().replace("PDS-NAM-002 .should", "PDS-NAM-002 .must")
    )


def test_snapshot_writes_the_release(
    handbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert snapshot(handbook, "0.1") == 0
    assert capsys.readouterr().out == (
        f"{RELEASES.as_posix()}: recorded 0.1: 2 rules; changes: 2 added\n"
    )
    releases = load_releases(handbook)
    assert list(releases) == ["0.1"]
    assert releases["0.1"]["PDS-NAM-002"].level == "should"
    assert releases["0.1"]["PDS-NAM-001"].title == "Name modules in snake case"


def test_snapshot_is_idempotent(
    handbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert snapshot(handbook, "0.1") == 0
    first = (handbook / RELEASES).read_bytes()
    capsys.readouterr()
    assert snapshot(handbook, "v0.1.0") == 0
    assert (handbook / RELEASES).read_bytes() == first
    assert "0.1 records the pages as they are already" in capsys.readouterr().out


def test_snapshot_refuses_a_recorded_version_that_differs_without_replace(
    handbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert snapshot(handbook, "0.1") == 0
    first = (handbook / RELEASES).read_bytes()
    raise_level(handbook)
    capsys.readouterr()
    assert snapshot(handbook, "0.1") == 1
    err = capsys.readouterr().err
    assert "0.1 is recorded already, and 1 rule(s) of the pages differ" in err
    assert "pass --replace" in err
    assert (handbook / RELEASES).read_bytes() == first
    assert snapshot(handbook, "0.1", "--replace") == 0
    assert load_releases(handbook)["0.1"]["PDS-NAM-002"].level == "must"


def test_a_new_release_records_what_changed(
    handbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert snapshot(handbook, "0.1") == 0
    raise_level(handbook)
    capsys.readouterr()
    assert snapshot(handbook, "v0.2.0") == 0
    assert "recorded 0.2: 2 rules; changes: 1 changed" in capsys.readouterr().out
    assert list(load_releases(handbook)) == ["0.1", "0.2"]
    project = load_project(handbook)
    history = histories_of(handbook, project, collect_rules(project))["PDS-NAM-002"]
    assert history.later == (Change("0.2", ("level raised from should to must",)),)


def test_snapshot_check_changes_nothing_and_says_whether_it_is_current(
    handbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert snapshot(handbook, "0.1", "--check") == 1
    assert not (handbook / RELEASES).exists()
    assert "0.1 is missing: run `handbook snapshot 0.1`" in capsys.readouterr().out
    assert snapshot(handbook, "0.1") == 0
    assert snapshot(handbook, "0.1", "--check") == 0
    raise_level(handbook)
    capsys.readouterr()
    assert snapshot(handbook, "0.1", "--check") == 1
    assert "run `handbook snapshot 0.1 --replace`" in capsys.readouterr().out


def test_snapshot_refuses_a_version_that_is_no_release(
    handbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        snapshot(handbook, "dev")
    assert exited.value.code == 2  # noqa: PLR2004 -- argparse's status for bad usage
    assert "argument VERSION: 'dev' is no release" in capsys.readouterr().err
    assert not (handbook / RELEASES).exists()


def test_a_malformed_data_file_is_an_error_naming_it(
    handbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = handbook / RELEASES
    path.parent.mkdir(parents=True)
    path.write_text('{\n  "releases": {\n    "0.1": [\n')
    assert snapshot(handbook, "0.2") == 2  # noqa: PLR2004 -- EXIT_BAD_INPUT
    assert capsys.readouterr().err.startswith(
        "error: src/handbook/data/releases.json:4: not valid JSON"
    )
    assert main(["--root", str(handbook), "rules", "--json"]) == 2  # noqa: PLR2004


def test_rules_json_gives_each_rule_its_versions(
    handbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert snapshot(handbook, "0.1") == 0
    raise_level(handbook)
    capsys.readouterr()
    assert main(["--root", str(handbook), "rules", "--json"]) == 0
    printed = {rule["id"]: rule for rule in json.loads(capsys.readouterr().out)}
    assert printed["PDS-NAM-001"]["added_in"] == "0.1"
    assert printed["PDS-NAM-001"]["changed_in"] == "0.1"
    assert printed["PDS-NAM-002"]["changed_in"] == UNRELEASED
    assert printed["PDS-NAM-002"]["history"][-1] == {
        "version": UNRELEASED,
        "changes": ["level raised from should to must"],
    }


def test_the_repository_records_its_pages_as_its_first_release(
    project: Project,
) -> None:
    """``releases.json`` is committed; its first release is pyproject's 0.1.0."""
    releases = load_releases(project.root)
    assert next(iter(releases)) == "0.1"
    rules = collect_rules(project)
    histories = histories_of(project.root, project, rules)
    assert all(histories[rule.id].added_in in {"0.1", UNRELEASED} for rule in rules)


# ------------------------------------------------------------------ the built site


def test_the_site_shows_each_rule_s_history(handbook: Path) -> None:
    assert snapshot(handbook, "0.1") == 0
    raise_level(handbook)
    site = handbook / "site"
    built = build_site(handbook / "mkdocs.yml", site)
    assert built.returncode == 0, built.output
    guide = (site / "pds" / "guide" / "index.html").read_text(encoding="utf-8")
    assert guide.count('<span class="rule-version"') == 2  # noqa: PLR2004
    assert ">added in 0.1, changed, not yet released</span>" in guide
    assert '<details class="rule-history" data-search-exclude>' in guide
    assert "Unreleased</span> level raised from should to must</li>" in guide
    assert guide.count("<details") == 1, "an unchanged rule has no history list"
    short = (site / "r" / "PDS-NAM-002" / "index.html").read_text(encoding="utf-8")
    assert (
        '<p class="rule-version">Added in 0.1, changed, not yet released.</p>' in short
    )
    assert "<li>Unreleased: level raised from should to must</li>" in short
    assert (
        '<meta http-equiv="refresh" content="0; url=../../pds/guide/#PDS-NAM-002">'
        in short
    )
    listed = {r["id"]: r for r in json.loads((site / "rules.json").read_text())}
    assert listed["PDS-NAM-002"]["added_in"] == "0.1"
    assert listed["PDS-NAM-002"]["changed_in"] == UNRELEASED
    assert listed["PDS-NAM-001"]["url"] == "pds/guide/"


def test_the_build_fails_on_a_malformed_data_file_naming_it(handbook: Path) -> None:
    write_releases(handbook, {"0.1": {ID: BASE}})
    path = handbook / RELEASES
    path.write_text(path.read_text().replace('"should"', '"shuold"'))
    built = build_site(handbook / "mkdocs.yml", handbook / "site")
    assert built.returncode != 0
    assert (
        "src/handbook/data/releases.json:5: release 0.1, PDS-TYP-001: level 'shuold'"
        in built.output
    )
