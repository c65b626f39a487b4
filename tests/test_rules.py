"""Rules: IDs, levels, reasons, linter codes; and the command that lists them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from support import build_site, copy_fixture

from handbook.blocks import Page, parse_text
from handbook.cli import main
from handbook.history import Change, History
from handbook.lint import ruff_binary
from handbook.mkdocs_plugin import (
    decorate_rules,
    redirect_html,
    rule_index_markdown,
    rule_meta_html,
)
from handbook.project import Project, current_project, load_project
from handbook.rules import (
    PART_PREFIXES,
    Rule,
    RuleError,
    checklist_problems,
    collect_rules,
    rules_of,
)

RULE = """### {title} {{#{id} .{level}{extra}}}

Do the thing.

**Why:** because it helps.
"""


def page(text: str, name: str = "docs/pds/page.md") -> Project:
    parsed = parse_text(text, name, Path("snippets"))
    return Project(Path(), (parsed,), ())


@pytest.fixture(scope="module")
def project() -> Project:
    """This checkout's handbook, parsed."""
    return current_project()


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
        "pds/page.md",
    )
    ruff, pyright = rule.enforced_by
    assert ruff.url == "https://docs.astral.sh/ruff/rules/mutable-argument-default/"
    assert pyright.as_text() == "pyright strict"


def test_a_duplicate_id_names_both_places() -> None:
    one = RULE.format(title="One", id="PDS-QUA-001", level="must", extra="")
    with pytest.raises(RuleError) as caught:
        collect_rules(page(one + "\n" + one.replace("One", "Two")))
    assert str(caught.value) == (
        "docs/pds/page.md:7: rule ID PDS-QUA-001 is already used at docs/pds/page.md:1"
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
        RuleError, match="^docs/pds/page.md:1: .*" + message.replace("*", r"\*")
    ):
        rules_of(page(filled).pages[0])


def test_a_heading_inside_a_code_block_is_not_a_rule() -> None:
    text = '```markdown test="skip" reason="r"\n' + RULE + "```\n"
    filled = text.format(title="T", id="PDS-QUA-001", level="must", extra="")
    assert collect_rules(page(filled)) == []


SHAPE = "write <PART>-<AREA>-<NNN>, e.g. PDS-TYP-001 (capitals, three digits)"


def rule_error(text: str, name: str = "docs/pds/page.md") -> str:
    with pytest.raises(RuleError) as caught:
        collect_rules(page(text, name))
    return str(caught.value)


@pytest.mark.parametrize(
    ("attrs", "message"),
    [
        ("#ZZA-PIN-01 .must", f"'ZZA-PIN-01' is not a rule ID; {SHAPE}"),
        ("#pds-typ-001 .must", f"'pds-typ-001' is not a rule ID; {SHAPE}"),
        ("#PDS-TYP-0001 .must", f"'PDS-TYP-0001' is not a rule ID; {SHAPE}"),
        ("#PDS-TYP-01", f"'PDS-TYP-01' is not a rule ID; {SHAPE}"),
        ("#Pds-Typ-001", f"'Pds-Typ-001' is not a rule ID; {SHAPE}"),
        ("#check-types .should", f"'check-types' is not a rule ID; {SHAPE}"),
        (
            '#check-types enforced-by="ruff:B006"',
            f"'check-types' is not a rule ID; {SHAPE}",
        ),
        (
            ".must",
            "this rule heading has no ID; give it one: "
            "<PART>-<AREA>-<NNN>, e.g. PDS-TYP-001 (capitals, three digits)",
        ),
    ],
)
def test_a_heading_meant_as_a_rule_with_a_malformed_id_is_an_error(
    attrs: str, message: str
) -> None:
    text = f"## Check types {{{attrs}}}\n\nDo.\n\n**Why:** because.\n"
    assert rule_error(text) == f"docs/pds/page.md:1: {message}"


@pytest.mark.parametrize(
    ("attrs", "message"),
    [
        (
            "#PDS-QUA-001 .shuold",
            "rule PDS-QUA-001 has an unknown class .shuold; "
            "its level is one of .must, .should, .may",
        ),
        (
            "#PDS-QUA-001 .must .rule",
            "rule PDS-QUA-001 has an unknown class .rule; "
            "its level is one of .must, .should, .may",
        ),
        (
            '#PDS-QUA-001 .must enforcedby="ruff:B006"',
            "rule PDS-QUA-001 has an unknown attribute 'enforcedby='; a rule heading "
            "takes only its ID, one level class, enforced-by and same-as",
        ),
        (
            '#PDS-QUA-001 .must data-toc-label="x"',
            "rule PDS-QUA-001 has an unknown attribute 'data-toc-label='; a rule "
            "heading takes only its ID, one level class, enforced-by and same-as",
        ),
        (
            "#PDS-QUA-001 must",
            "rule PDS-QUA-001 has an unknown attribute 'must'; a rule heading "
            "takes only its ID, one level class, enforced-by and same-as",
        ),
    ],
)
def test_a_rule_heading_takes_no_unknown_attribute_or_class(
    attrs: str, message: str
) -> None:
    text = f"## Check types {{{attrs}}}\n\nDo.\n\n**Why:** because.\n"
    assert rule_error(text) == f"docs/pds/page.md:1: {message}"


@pytest.mark.parametrize(
    "heading",
    [
        "## Strictness level {#strictness-level}",
        "## Why the links never break {#why-links-hold}",
        "## Conflict {#CON-016}",
        "## Python 3 12 {#python-3-12}",
        "## Step by step, part 2 {#step-by-2}",
        "## Cards {#cards .grid}",
    ],
)
def test_a_heading_with_an_ordinary_anchor_is_no_rule(heading: str) -> None:
    assert collect_rules(page(f"{heading}\n\nText.\n")) == []


@pytest.mark.parametrize(("folder", "prefix"), sorted(PART_PREFIXES.items()))
def test_a_rule_id_starts_with_its_part_s_prefix(folder: str, prefix: str) -> None:
    name = f"docs/{folder}/chapter.md"
    own = RULE.format(title="T", id=f"{prefix}-QUA-001", level="must", extra="")
    assert [r.id for r in collect_rules(page(own, name))] == [f"{prefix}-QUA-001"]
    other = "PPP" if prefix != "PPP" else "PDS"
    foreign = RULE.format(title="T", id=f"{other}-QUA-001", level="must", extra="")
    assert rule_error(foreign, name) == (
        f"docs/{folder}/chapter.md:1: rule {other}-QUA-001 is in docs/{folder}/, "
        f"whose rule IDs start with {prefix}-"
    )


OUTSIDE = (
    "is on a page outside the parts; rules live in a part's folder (docs/pds/, "
    "docs/pdas/, docs/uds/, docs/bpe/, docs/sdp/, docs/dpg/, docs/fbp/, docs/ppp/), "
    "and an example of one in a ```markdown block"
)


@pytest.mark.parametrize(
    "name", ["docs/guide/writing.md", "docs/index.md", "docs/part/page.md"]
)
def test_a_page_outside_the_parts_holds_no_rule(name: str) -> None:
    text = RULE.format(title="T", id="PDS-QUA-001", level="must", extra="")
    assert rule_error(text, name) == f"{name}:1: rule PDS-QUA-001 {OUTSIDE}"


def test_a_rule_in_a_markdown_example_of_the_guide_is_no_rule_of_the_guide() -> None:
    example = RULE.format(title="T", id="PDS-QUA-001", level="must", extra="")
    text = f"# Writing\n\n```markdown\n{example}```\n"
    assert collect_rules(page(text, "docs/guide/writing.md")) == []


def test_a_markdown_example_checked_alone_needs_a_part_s_prefix() -> None:
    good = RULE.format(title="T", id="PDS-QUA-001", level="must", extra="")
    assert [r.id for r in collect_rules(page(good, "02_markdown.md"))] == [
        "PDS-QUA-001"
    ]
    bad = good.replace("PDS-QUA-001", "ZZZ-QUA-001")
    assert rule_error(bad, "02_markdown.md") == (
        "02_markdown.md:1: rule ZZZ-QUA-001 has no part's prefix; "
        "the parts are PDS, PDA, UDS, BPE, SDP, DPG, FBP, PPP"
    )


NO_WHY = "rule PDS-QUA-001 has no paragraph starting with **Why:** giving its reason"
HEADING = "### T {#PDS-QUA-001 .must}\n"


@pytest.mark.parametrize(
    "body",
    [
        "\nDo the thing,\n**Why:** in the middle of a paragraph.\n",
        "\n!!! note\n    **Why:** inside an admonition.\n",
        "\n- **Why:** in a list item.\n",
        '\n```markdown test="skip" reason="r"\n**Why:** in a fence.\n```\n',
        "\n```text\n\n**Why:** in a fence, after its blank line.\n```\n",
        "```python\nx = 1\n```\n**Why:** straight after a fence, in its paragraph.\n",
        "\nDo.\n\n## Next {#next}\n\n**Why:** in the next section.\n",
    ],
)
def test_the_reason_must_be_a_paragraph_of_the_rule_s_prose(body: str) -> None:
    assert rule_error(HEADING + body) == f"docs/pds/page.md:1: {NO_WHY}"


def test_a_reason_in_an_indented_code_block_is_no_reason() -> None:
    """Parsing refuses the indented block; the rule check does not rely on that."""
    text = HEADING + "\nDo the thing.\n\n    **Why:** inside indented code.\n"
    bare = Page("docs/pds/page.md", text)  # as no parse would hand it over
    with pytest.raises(RuleError) as caught:
        rules_of(bare)
    assert str(caught.value) == f"docs/pds/page.md:1: {NO_WHY}"


@pytest.mark.parametrize(
    "body",
    [
        "**Why:** straight under the heading.\n",
        "\nDo the thing.\n\n**Why:** after a blank line.\n",
        "\n```python\nx = 1\n```\n\n**Why:** after a fence and a blank line.\n",
    ],
)
def test_a_reason_that_starts_a_paragraph_is_found(body: str) -> None:
    assert [r.id for r in collect_rules(page(HEADING + body))] == ["PDS-QUA-001"]


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
    assert set(printed[0]) == {
        "id",
        "title",
        "level",
        "page",
        "anchor",
        "enforced_by",
        "same_as",
        "added_in",
        "changed_in",
        "history",
    }
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


RULE_PAGE = """\
# Testing

### Keep a coverage floor {#PDS-TST-008 .must}

**Why:** untested code grows unnoticed.
"""

CHECKLIST = """\
---
checklist: true
---

# Checklist

- [ ] A coverage floor in CI ([why](testing.md#PDS-TST-008))
- [x] Nothing explains this one
- [ ] A link to a page, not a rule ([see](testing.md))
- [ ] The right ID on the wrong page ([why](other.md#PDS-TST-008))

```markdown
- [ ] a task item inside a code block is an example, not an item
```
"""


def checklist_project(checklist: str) -> tuple[Project, list[Rule]]:
    pages = (
        parse_text(RULE_PAGE, "docs/pds/testing.md", Path("snippets")),
        parse_text(checklist, "docs/pds/checklist.md", Path("snippets")),
    )
    found = Project(Path(), pages, ())
    return found, collect_rules(found)


def test_every_checklist_item_must_link_the_rule_that_explains_it() -> None:
    found, rules = checklist_project(CHECKLIST)
    assert checklist_problems(found, rules) == [
        f"docs/pds/checklist.md:{line}: this checklist item links to no rule; link "
        "the rule that explains it, e.g. [why](page.md#PDS-TST-008)"
        for line in (8, 9, 10)
    ]


def test_a_checklist_without_items_is_refused() -> None:
    found, rules = checklist_project("---\nchecklist: true\n---\n\n# Empty\n")
    assert checklist_problems(found, rules) == [
        "docs/pds/checklist.md:1: checklist: true, but it has no task items"
    ]


def test_pages_that_are_no_checklist_are_not_held_to_it() -> None:
    found, rules = checklist_project(CHECKLIST.replace("checklist: true", "title: x"))
    assert checklist_problems(found, rules) == []


def test_the_build_fails_on_a_checklist_item_without_a_rule(tmp_path: Path) -> None:
    root = copy_fixture("ledger-site", tmp_path)
    checklist = root / "docs" / "pds" / "checklist.md"
    checklist.write_text(
        "---\nchecklist: true\n---\n\n# Checklist\n\n"
        "- [ ] Snake case modules ([why](guide.md#PDS-NAM-001))\n"
        "- [ ] Something no rule explains\n"
    )
    built = build_site(root / "mkdocs.yml", root / "site")
    assert built.returncode != 0
    assert (
        "docs/pds/checklist.md:8: this checklist item links to no rule" in built.output
    )
    checklist.write_text(
        checklist.read_text().replace(
            "Something no rule explains", "Pascal case ([why](guide.md#PDS-NAM-002))"
        )
    )
    rebuilt = build_site(root / "mkdocs.yml", root / "site")
    assert rebuilt.returncode == 0, rebuilt.output


SAME_AS = """\
### Log as JSON {#PDS-LOG-001 .must same-as="UDS-OBS-001"}

**Why:** machines read the logs.
"""

OTHER = """\
### Log structured records {#UDS-OBS-001 .must}

**Why:** every field can be searched.
"""


def two_parts(pds: str, uds: str) -> Project:
    pages = (
        parse_text(pds, "docs/pds/logging.md", Path("snippets")),
        parse_text(uds, "docs/uds/observability.md", Path("snippets")),
    )
    return Project(Path(), pages, ())


def test_same_as_links_the_rules_both_ways() -> None:
    rules = {rule.id: rule for rule in collect_rules(two_parts(SAME_AS, OTHER))}
    assert rules["PDS-LOG-001"].same_as == ("UDS-OBS-001",)
    assert rules["UDS-OBS-001"].same_as == ("PDS-LOG-001",)
    assert rules["UDS-OBS-001"].as_json()["same_as"] == ["PDS-LOG-001"]


def test_same_as_must_name_an_existing_rule_of_another_part() -> None:
    with pytest.raises(RuleError, match="same-as names UDS-OBS-009, which no page"):
        collect_rules(two_parts(SAME_AS.replace("OBS-001", "OBS-009"), OTHER))
    with pytest.raises(RuleError, match="PDS-LOG-002, a rule of the same part"):
        collect_rules(two_parts(SAME_AS.replace("UDS-OBS-001", "PDS-LOG-002"), OTHER))
    with pytest.raises(RuleError, match="'obs-1' is not a rule ID"):
        collect_rules(two_parts(SAME_AS.replace("UDS-OBS-001", "obs-1"), OTHER))


def test_the_rule_line_links_the_same_rule_on_its_page() -> None:
    rules = {rule.id: rule for rule in collect_rules(two_parts(SAME_AS, OTHER))}
    line = rule_meta_html(rules["UDS-OBS-001"], rules, "uds/observability.md")
    assert (
        '<span class="rule-same">also <a class="rule-same-link" '
        'href="../../pds/logging/#PDS-LOG-001" title="Log as JSON">PDS-LOG-001</a>'
    ) in line


INDEX_PAGES = {
    "docs/pds/typing.md": """\
### Types in `strict` mode {#PDS-TYP-001 .must enforced-by="pyright:strict ruff:B006"}

**Why:** types catch mistakes.

### Name type variables with T {#PDS-TYP-002 .may}

**Why:** a convention.
""",
    "docs/uds/docker.md": """\
### Pin base images {#UDS-DOC-001 .should enforced-by="hadolint:DL3007"}

**Why:** builds repeat.
""",
}


def index_rules() -> list[Rule]:
    pages = tuple(
        parse_text(text, name, Path("snippets")) for name, text in INDEX_PAGES.items()
    )
    return collect_rules(Project(Path(), pages, ()))


def test_the_index_rows_carry_what_the_filters_match() -> None:
    index = rule_index_markdown(index_rules())
    rows = [line for line in index.splitlines() if line.startswith("<tr data-")]
    assert [row[: row.index(">") + 1] for row in rows] == [
        '<tr data-part="PDS" data-level="must" data-tools="pyright ruff" '
        'data-check="yes">',
        '<tr data-part="PDS" data-level="may" data-tools="" data-check="no">',
        '<tr data-part="UDS" data-level="should" data-tools="hadolint" '
        'data-check="yes">',
    ]
    assert rows[0].count("<td data-label=") == 5  # noqa: PLR2004 -- the columns
    for label in ("ID", "Rule", "Level", "Part", "Enforced by"):
        assert f'<td data-label="{label}">' in rows[0]
    assert '<td data-label="Rule">Types in <code>strict</code> mode</td>' in rows[0]
    assert rows[1].endswith('<td data-label="Enforced by"></td></tr>')


def test_the_index_filters_are_labelled_controls_with_counts() -> None:
    index = rule_index_markdown(index_rules())
    assert (
        '<form class="rule-filters" role="search" aria-label="Filter the rules" hidden>'
    ) in index
    for name, label in [
        ("text", "Words or ID"),
        ("part", "Part"),
        ("level", "Level"),
        ("tool", "Enforcing tool"),
        ("check", "Checked by a tool"),
    ]:
        assert f'<label for="rule-filter-{name}">{label}</label>' in index
        assert f'id="rule-filter-{name}"' in index
        assert f'name="{name}"' in index
    assert (
        '<select id="rule-filter-part" name="part"><option value="">All parts</option>'
        '<option value="PDS">PDS (2)</option><option value="UDS">UDS (1)</option>'
        "</select>"
    ) in index
    assert (
        '<option value="must">must (1)</option><option value="should">should (1)'
        '</option><option value="may">may (1)</option>'
    ) in index
    assert (
        '<option value="hadolint">hadolint (1)</option>'
        '<option value="pyright">pyright (1)</option>'
        '<option value="ruff">ruff (1)</option>'
    ) in index
    assert (
        '<option value="yes">Yes (2)</option><option value="no">No (1)</option>'
    ) in index
    assert '<p class="rule-count" role="status">3 rules</p>' in index
    assert '<p class="rule-none" hidden>No rule matches these filters.</p>' in index


def test_the_index_parts_follow_the_handbook_s_order() -> None:
    rules = index_rules()
    index = rule_index_markdown(list(reversed(rules)))
    assert index.index('value="PDS"') < index.index('value="UDS"')
    ids = [
        line.split("<code>")[1][:11] for line in index.splitlines() if "<tr " in line
    ]
    assert ids == ["PDS-TYP-001", "PDS-TYP-002", "UDS-DOC-001"]


HISTORY = History(
    (
        Change("0.1", ("added",)),
        Change("0.2", ("level raised from should to must",)),
        Change("unreleased", ("title changed from “A” to “B”", "text changed")),
    )
)


def test_the_rule_line_says_when_the_rule_was_added_and_changed() -> None:
    rule = index_rules()[0]
    line = rule_meta_html(rule, history=HISTORY)
    assert (
        '<span class="rule-version" data-added-in="0.1" data-changed-in="unreleased">'
        "added in 0.1, changed, not yet released</span>"
    ) in line
    assert line.index("rule-version") < line.index("rule-copy")
    assert "rule-version" not in rule_meta_html(rule)


def test_a_changed_rule_lists_its_history_under_its_line() -> None:
    rules = {rule.id: rule for rule in index_rules()}
    markdown = INDEX_PAGES["docs/pds/typing.md"]
    unchanged = History((Change("0.1", ("added",)),))
    histories = {"PDS-TYP-001": HISTORY, "PDS-TYP-002": unchanged}
    out = decorate_rules(markdown, rules, "pds/typing.md", frozenset(), histories)
    assert out.count('<details class="rule-history"') == 1
    assert (
        "<ul><li>"
        '<span class="rule-history-version">Unreleased</span> title changed from '
        "“A” to “B”; text changed</li><li>"
        '<span class="rule-history-version">0.2</span> '
        "level raised from should to must</li></ul>"
    ) in out
    assert "History of PDS-TYP-001: 2 changes since it was added in 0.1" in out
    assert out.count("added in 0.1</span>") == 1, "PDS-TYP-002's line"


def test_the_short_link_page_lists_the_history_and_the_same_rules() -> None:
    rules = {rule.id: rule for rule in collect_rules(two_parts(SAME_AS, OTHER))}
    rule = rules["PDS-LOG-001"]
    page_html = redirect_html(rule, "../../pds/logging/#PDS-LOG-001", HISTORY, rules)
    assert (
        '<meta http-equiv="refresh" content="0; url=../../pds/logging/#PDS-LOG-001">'
    ) in page_html
    assert (
        '<p class="rule-version">Added in 0.1, changed, not yet released.</p>\n'
        '<ul class="rule-history"><li>Unreleased: title changed from “A” to “B”; '
        "text changed</li><li>0.2: level raised from should to must</li></ul>"
    ) in page_html
    assert (
        '<p class="rule-same">The same rule in other parts: <a href="../UDS-OBS-001/">'
        "UDS-OBS-001</a> (Log structured records).</p>"
    ) in page_html
    bare = redirect_html(rule, "../../pds/logging/#PDS-LOG-001")
    assert "rule-history" not in bare
    assert "rule-same" not in bare
