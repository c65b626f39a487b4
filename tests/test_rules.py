"""Rules: IDs, levels, reasons, linter codes; and the command that lists them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from handbook.blocks import parse_text
from handbook.cli import main
from handbook.lint import ruff_binary
from handbook.project import Project, load_project
from handbook.rules import RuleError, collect_rules, rules_of

RULE = """### {title} {{#{id} .{level}{extra}}}

Do the thing.

**Why:** because it helps.
"""


def page(text: str, name: str = "docs/part/page.md") -> Project:
    parsed = parse_text(text, name, Path("snippets"))
    return Project(Path(), (parsed,), ())


def test_a_rule_has_its_id_level_title_and_codes() -> None:
    text = RULE.format(
        title="No mutable defaults",
        id="PDS-QUA-001",
        level="must",
        extra=' enforced-by="ruff:B006 pyright:strict"',
    )
    (rule,) = collect_rules(page(text))
    assert (rule.id, rule.level, rule.title, rule.page) == (
        "PDS-QUA-001",
        "must",
        "No mutable defaults",
        "part/page.md",
    )
    ruff, pyright = rule.enforced_by
    assert ruff.url == "https://docs.astral.sh/ruff/rules/mutable-argument-default/"
    assert pyright.as_text() == "pyright strict"


def test_a_duplicate_id_names_both_places() -> None:
    one = RULE.format(title="One", id="PDS-QUA-001", level="must", extra="")
    with pytest.raises(RuleError) as caught:
        collect_rules(page(one + "\n" + one.replace("One", "Two")))
    assert str(caught.value) == (
        "docs/part/page.md:7: rule ID PDS-QUA-001 is already used at "
        "docs/part/page.md:1"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            RULE.replace("**Why:** because it helps.", "Because."),
            "rule PDS-QUA-001 has no paragraph starting with **Why:**",
        ),
        (RULE.replace(".{level}", ".{level} .may"), "needs exactly one level class"),
        (
            RULE.replace("{extra}", ' enforced-by="ruff:ZZZ999"'),
            "ruff has no rule ZZZ999",
        ),
        (RULE.replace("{extra}", ' enforced-by="lintr:X1"'), "unknown tool 'lintr'"),
    ],
)
def test_a_malformed_rule_names_its_line(text: str, message: str) -> None:
    filled = text.format(title="T", id="PDS-QUA-001", level="must", extra="")
    with pytest.raises(
        RuleError, match="^docs/part/page.md:1: .*" + message.replace("*", r"\*")
    ):
        rules_of(page(filled).pages[0])


def test_a_heading_inside_a_code_block_is_not_a_rule() -> None:
    text = '```markdown test="skip" reason="r"\n' + RULE + "```\n"
    filled = text.format(title="T", id="PDS-QUA-001", level="must", extra="")
    assert collect_rules(page(filled)) == []


def test_every_ruff_code_the_handbook_names_exists_in_the_installed_ruff(
    project: Project,
) -> None:
    codes = sorted(
        {
            e.code
            for rule in collect_rules(project)
            for e in rule.enforced_by
            if e.tool == "ruff"
        }
    )
    unknown = [
        code
        for code in codes
        if subprocess.run(
            [ruff_binary(), "rule", code], capture_output=True, check=False
        ).returncode
        != 0
    ]
    assert codes, "the handbook names no ruff code at all"
    assert not unknown


def test_rules_json_lists_every_rule_of_every_part(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--root", str(project.root), "rules", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in printed] == [r.id for r in collect_rules(project)]
    assert set(printed[0]) == {"id", "title", "level", "page", "anchor", "enforced_by"}
    parts = {r["id"].split("-")[0] for r in printed}
    mirrored = {
        p.path.split("/")[1].upper() for p in project.pages if p.path.count("/") > 1
    }
    assert parts >= {"PDS"}
    assert parts <= {"PDS", "PDA", "UDS", "BPE", "SDP", "DPG", "FBP", "PPP"} | mirrored


def test_sources_json_has_the_documented_keys(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--root", str(project.root), "sources", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert {tuple(sorted(entry)) for entry in printed} == {
        ("document", "reason", "section", "target")
    }
    pds = [e for e in printed if e["document"] == "Python Development Standards"]
    first_eight = [
        e for e in pds if e["section"].split(".")[0] in {str(n) for n in range(1, 9)}
    ]
    assert first_eight, "sections 1 to 8 are listed"
    assert all(e["target"] for e in first_eight), [
        e["section"] for e in first_eight if not e["target"]
    ]
    assert all(e["reason"] for e in printed if e["target"] is None)


def test_every_rule_is_in_the_ledger(project: Project) -> None:
    assert main(["--root", str(project.root), "ledger", "--check"]) == 0


def test_load_project_of_this_checkout_parses(project: Project) -> None:
    assert load_project(project.root).pages
