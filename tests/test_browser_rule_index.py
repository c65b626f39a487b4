"""The rule index as a reader uses it, in chromium driven by Playwright.

The real handbook is built once (the `site` fixture) and served under ``/latest/``.
Each filter narrows the table to exactly the rules `collect_rules` says it should, the
count and the no-match message follow, the filters survive in the address, the page
without JavaScript shows every rule, and on a 390 px phone every column of every row
is on screen with nothing wider than the screen. Screenshots at 1400 and 390 px are
saved in the test's temporary folder.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from browser_support import VERSION, browser_context
from playwright.sync_api import Browser, Page, ViewportSize, expect

from handbook.history import History, histories_of
from handbook.project import Project
from handbook.rules import Rule, collect_rules

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

INDEX = f"/{VERSION}/rules/"
ROWS = "table.rule-index tbody tr"
PHONE = 390
WIDE = 1400
WIDE_SCREEN: ViewportSize = {"width": WIDE, "height": 900}
SHOWN = "table.rule-index tbody tr:visible"


@pytest.fixture(scope="module")
def rules(project: Project) -> list[Rule]:
    found = collect_rules(project)
    assert found, "the handbook has no rules"
    return found


@pytest.fixture
def page(chromium: Browser, base: str) -> Iterator[Page]:
    """A page on a wide screen, WIDE px."""
    with browser_context(chromium, base, viewport=WIDE_SCREEN) as context:
        yield context.new_page()


def open_index(page: Page, query: str = "") -> None:
    page.goto(INDEX + query)
    expect(page.locator("form.rule-filters[data-ready]")).to_be_visible()


def row_text(rule: Rule) -> str:
    """A row's text as the browser has it: its cells' text, run together."""
    codes = ", ".join(e.as_text() for e in rule.enforced_by)
    return f"{rule.id}{rule.title.replace('`', '')}{rule.level}{rule.part}{codes}"


def count_text(shown: int, total: int) -> str:
    return f"{total} rules" if shown == total else f"{shown} of {total} rules"


def shown_ids(page: Page) -> list[str]:
    ids: list[str] = page.locator(SHOWN).locator("td:first-child").all_inner_texts()
    return sorted(text.strip() for text in ids)


def expect_exactly(page: Page, wanted: list[Rule], total: int) -> None:
    """The table shows exactly `wanted`, and the count says so."""
    expect(page.locator(SHOWN)).to_have_count(len(wanted))
    expect(page.locator(".rule-count")).to_have_text(count_text(len(wanted), total))
    assert shown_ids(page) == sorted(rule.id for rule in wanted)


def query_of(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


@dataclass(frozen=True)
class Filter:
    """One filter of the index set to one value, and the rules it should leave."""

    label: str
    name: str
    value: str
    keeps: Callable[[Rule], bool]


def by_tool(tool: str) -> Callable[[Rule], bool]:
    return lambda rule: any(e.tool == tool for e in rule.enforced_by)


FILTERS = [
    Filter("Part", "part", "PDS", lambda r: r.part == "PDS"),
    Filter("Part", "part", "UDS", lambda r: r.part == "UDS"),
    Filter("Level", "level", "must", lambda r: r.level == "must"),
    Filter("Level", "level", "may", lambda r: r.level == "may"),
    Filter("Enforcing tool", "tool", "ruff", by_tool("ruff")),
    Filter("Enforcing tool", "tool", "pyright", by_tool("pyright")),
    Filter("Checked by a tool", "check", "yes", lambda r: bool(r.enforced_by)),
    Filter("Checked by a tool", "check", "no", lambda r: not r.enforced_by),
]


@pytest.mark.parametrize("case", FILTERS, ids=[f"{f.name}={f.value}" for f in FILTERS])
def test_each_filter_narrows_the_table_to_its_rules(
    page: Page, rules: list[Rule], case: Filter
) -> None:
    open_index(page)
    wanted = [rule for rule in rules if case.keeps(rule)]
    assert 0 < len(wanted) < len(rules), f"{case.name}={case.value} filters nothing"
    control = page.get_by_label(case.label, exact=True)
    control.select_option(case.value)
    expect_exactly(page, wanted, len(rules))
    assert query_of(page) == {case.name: [case.value]}
    control.select_option("")
    expect_exactly(page, rules, len(rules))
    assert query_of(page) == {}


def test_words_narrow_the_table_and_combine_with_the_other_filters(
    page: Page, rules: list[Rule]
) -> None:
    open_index(page)
    box = page.get_by_label("Words or ID")
    box.fill("Type checking")
    words = [
        r for r in rules if all(w in row_text(r).lower() for w in ("type", "checking"))
    ]
    assert words, "no rule has both words"
    expect_exactly(page, words, len(rules))
    page.get_by_label("Level", exact=True).select_option("must")
    both = [r for r in words if r.level == "must"]
    expect_exactly(page, both, len(rules))
    assert query_of(page) == {"text": ["Type checking"], "level": ["must"]}
    # A code: the Enforced by column is searched too.
    code = next(e.code for r in rules for e in r.enforced_by if e.tool == "ruff")
    page.get_by_label("Level", exact=True).select_option("")
    box.fill(code)
    codes = [r for r in rules if code.lower() in row_text(r).lower()]
    assert codes
    expect_exactly(page, codes, len(rules))
    assert query_of(page) == {"text": [code]}


def test_the_address_keeps_the_filters_and_a_link_opens_them(
    page: Page, rules: list[Rule]
) -> None:
    open_index(page, "?part=PDS&level=must")
    expect(page.get_by_label("Part", exact=True)).to_have_value("PDS")
    expect(page.get_by_label("Level", exact=True)).to_have_value("must")
    wanted = [r for r in rules if r.part == "PDS" and r.level == "must"]
    expect_exactly(page, wanted, len(rules))
    page.get_by_label("Checked by a tool", exact=True).select_option("yes")
    checked = [r for r in wanted if r.enforced_by]
    expect_exactly(page, checked, len(rules))
    assert query_of(page) == {"part": ["PDS"], "level": ["must"], "check": ["yes"]}
    # The address is the state: loading it again shows the same view.
    page.reload()
    expect(page.locator("form.rule-filters[data-ready]")).to_be_visible()
    expect(page.get_by_label("Checked by a tool", exact=True)).to_have_value("yes")
    expect_exactly(page, checked, len(rules))
    # A value no option has is ignored rather than hiding everything.
    open_index(page, "?part=NOPE&level=may")
    expect(page.get_by_label("Part", exact=True)).to_have_value("")
    expect_exactly(page, [r for r in rules if r.level == "may"], len(rules))


def test_no_match_says_so_and_clear_shows_every_rule(
    page: Page, rules: list[Rule]
) -> None:
    assert not [
        r
        for r in rules
        if not r.enforced_by and any(e.tool == "ruff" for e in r.enforced_by)
    ]
    open_index(page, "?tool=ruff&check=no")
    none = page.locator(".rule-none")
    expect(none).to_be_visible()
    expect(none).to_have_text("No rule matches these filters.")
    expect(page.locator(".rule-count")).to_have_text(f"0 of {len(rules)} rules")
    expect(page.locator("table.rule-index")).to_be_hidden()
    page.locator("form.rule-filters").get_by_role(
        "button", name="Clear filters"
    ).click()
    expect(none).to_be_hidden()
    expect_exactly(page, rules, len(rules))
    expect(page.get_by_label("Enforcing tool", exact=True)).to_have_value("")
    assert query_of(page) == {}


def test_without_javascript_every_rule_shows(
    chromium: Browser, base: str, rules: list[Rule]
) -> None:
    with browser_context(
        chromium, base, viewport=WIDE_SCREEN, java_script_enabled=False
    ) as context:
        page = context.new_page()
        page.goto(INDEX + "?part=PDS")
        expect(page.locator(SHOWN)).to_have_count(len(rules))
        expect(page.locator("form.rule-filters")).to_be_hidden()
        expect(page.locator(".rule-count")).to_have_text(f"{len(rules)} rules")
        expect(page.locator(".rule-none")).to_be_hidden()


# Every cell with content, of every shown row: where it is, and whether it is clipped.
CELLS_OFF_SCREEN = """(labelled) => {
  const width = document.documentElement.clientWidth;
  const wrong = [];
  document.querySelectorAll("table.rule-index tbody tr").forEach((row) => {
    if (row.hidden) return;
    row.querySelectorAll("td").forEach((cell) => {
      if (!cell.textContent.trim()) return;
      const box = cell.getBoundingClientRect();
      const label = cell.dataset.label;
      const before = getComputedStyle(cell, "::before").content;
      if (box.width === 0 || box.height === 0) wrong.push([label, "not shown"]);
      else if (box.left < 0 || box.right > width + 0.5) wrong.push([label, "off"]);
      else if (cell.scrollWidth > cell.clientWidth + 1) wrong.push([label, "clipped"]);
      for (const part of cell.querySelectorAll("*")) {
        const inner = part.getBoundingClientRect();
        if (inner.right > width + 0.5) wrong.push([label, "content off screen"]);
      }
      const named = ["Level", "Part", "Enforced by"].includes(label);
      if (labelled && named && !before.includes(label)) {
        wrong.push([label, "no label"]);
      }
    });
  });
  return wrong.slice(0, 20);
}"""


def test_on_a_phone_every_column_is_on_screen(
    chromium: Browser, base: str, rules: list[Rule], tmp_path: Path
) -> None:
    with browser_context(
        chromium, base, viewport={"width": PHONE, "height": 900}
    ) as context:
        page = context.new_page()
        open_index(page)
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE
        for control in page.locator(
            "form.rule-filters :is(input, select, button)"
        ).all():
            box = control.bounding_box()
            assert box is not None
            assert box["x"] >= 0
            assert box["x"] + box["width"] <= PHONE
        assert page.evaluate(CELLS_OFF_SCREEN, True) == []
        page.screenshot(path=tmp_path / "rule-index-390.png")
        # The card layout keeps the filtered-out rows hidden.
        page.get_by_label("Part", exact=True).select_option("PPP")
        page.get_by_label("Checked by a tool", exact=True).select_option("yes")
        wanted = [r for r in rules if r.part == "PPP" and r.enforced_by]
        expect_exactly(page, wanted, len(rules))
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE
        assert page.evaluate(CELLS_OFF_SCREEN, True) == []
        page.screenshot(path=tmp_path / "rule-index-390-filtered.png", full_page=True)
    assert (tmp_path / "rule-index-390.png").stat().st_size > 0


def test_on_a_wide_screen_the_table_has_its_columns(
    page: Page, rules: list[Rule], tmp_path: Path
) -> None:
    open_index(page)
    headers = page.locator("table.rule-index thead th").all_inner_texts()
    assert headers == ["ID", "Rule", "Level", "Part", "Enforced by"]
    expect(page.locator("table.rule-index thead")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDE
    assert page.evaluate(CELLS_OFF_SCREEN, False) == []
    page.screenshot(path=tmp_path / "rule-index-1400.png")
    assert len(rules) == page.locator(ROWS).count()


def test_a_rule_and_its_short_link_say_when_it_was_added_and_changed(
    page: Page, project: Project, rules: list[Rule], site: Path
) -> None:
    histories: dict[str, History] = histories_of(project.root, project, rules)
    rule = next(r for r in rules if r.same_as)
    history = histories[rule.id]
    page.goto(f"/{VERSION}/r/{rule.id}/")
    expect(page.locator(f"[id='{rule.id}']")).to_be_in_viewport()
    meta = page.locator(f"p.rule-meta:has(button[data-rule-id='{rule.id}'])")
    expect(meta.locator(".rule-version")).to_have_text(history.summary())
    expect(meta.locator(".rule-same-link")).to_have_count(len(rule.same_as))
    # The short link's own page, for readers and tools that do not follow it.
    short = (site / "r" / rule.id / "index.html").read_text(encoding="utf-8")
    summary = history.summary()
    assert f"{summary[0].upper()}{summary[1:]}." in short
    for other in rule.same_as:
        assert f'<a href="../{other}/">{other}</a>' in short
    assert re.search(r'<meta http-equiv="refresh" content="0; url=[^"]+">', short)
