"""Rule IDs in the site search, in chromium driven by Playwright.

A rule ID typed or pasted into Material's search box, in any of its spellings, lists
that rule first at once, before Material's own search answers (it splits IDs at their
hyphens, drops ``TOO`` and ``NOT`` as stop words, and takes a second or more), and
Enter goes to the rule. ``overrides/assets/javascripts/rule-search.js`` does it from
``search-ids.json``. The real site is built once and served under ``/latest/``, as
mike publishes it.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from browser_support import VERSION, browser_context, load_settled
from playwright.sync_api import Browser, BrowserContext, Page, Route, expect

from handbook.project import Project
from handbook.rules import Rule, collect_rules

pytestmark = [pytest.mark.browser, pytest.mark.timeout(120)]

INPUT = "input.md-search__input"
LIST = ".md-search-result__list"
HIT = "li.md-search-result__item[data-rule-search]"
"""The injected result; Material's own results have no ``data-rule-search``."""
MATERIAL_HIT = "li.md-search-result__item:not([data-rule-search])"
KEYBOARD_IDS = ("PPP-TOO-004", "PPP-NOT-001", "DPG-CRE-007")
"""Two IDs whose middle part Material drops as a stop word, and one with code in its
title that Material's search ranks below other rules for a second or more."""


def page_url(src: str) -> str:
    """The directory URL mkdocs gives the page `src` (``pds/testing.md``)."""
    stem = src.removesuffix(".md").removesuffix("index")
    return stem if not stem or stem.endswith("/") else stem + "/"


def plain(title: str) -> str:
    """A rule's Markdown title as text: its code spans without their backticks."""
    return title.replace("`", "")


@pytest.fixture(scope="module")
def rules(project: Project) -> dict[str, Rule]:
    found = {rule.id: rule for rule in collect_rules(project)}
    assert found, "the handbook has no rules"
    return found


@pytest.fixture
def context(chromium: Browser, base: str) -> Iterator[BrowserContext]:
    """A context on the site whose links Material follows instantly."""
    with browser_context(chromium, base, instant=True) as made:
        yield made


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


def rule_url(base: str, rule: Rule) -> str:
    return f"{base}/{VERSION}/{page_url(rule.page)}#{rule.id}"


def open_search(page: Page) -> None:
    """Open the search with its keyboard shortcut; the box then has the focus."""
    page.locator("body").press("/")
    expect(page.locator(INPUT)).to_be_focused()


def mark_document(page: Page) -> None:
    """Tag the loaded document, to tell instant navigation from a full load."""
    page.evaluate("window.__sameDocument = true")


def expect_landed(page: Page, base: str, rule: Rule, *, instant: bool = True) -> None:
    """The page is the rule's, scrolled to its heading; loaded in full or instantly."""
    expect(page).to_have_url(rule_url(base, rule))
    heading = page.locator(f"[id='{rule.id}']")
    expect(heading).to_contain_text(plain(rule.title))
    expect(heading).to_be_in_viewport()
    same = page.evaluate("window.__sameDocument === true")
    assert same == instant, "instant navigation" if same else "a full page load"


CHECK_ALL = """
([cases, prefixes]) => {
  const input = document.querySelector("input.md-search__input");
  const list = document.querySelector(".md-search-result__list");
  const wrong = [];
  let checked = 0;
  const type = (value) => {
    input.value = value;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  };
  for (const [query, id, href, title] of cases) {
    type(query);
    // Read at once: the result must be there when the input event has been handled.
    const first = list.firstElementChild;
    const link = first && first.querySelector("a.md-search-result__link");
    const heading = first && first.querySelector("h1");
    const found = [
      first && first.getAttribute("data-rule-search"),
      link && link.href,
      heading && heading.textContent,
      list.querySelectorAll("[data-rule-search]").length,
    ];
    if (found[0] !== id || found[1] !== href || found[2] !== id + " " + title
        || found[3] !== 1) {
      wrong.push([query, found]);
    }
    checked += 1;
  }
  for (const query of prefixes) {
    type(query);
    if (list.querySelector("[data-rule-search]") !== null) wrong.push([query, "hit"]);
    checked += 1;
  }
  return [checked, wrong];
}
"""


def spellings(rule_id: str) -> list[str]:
    """The ways a reader writes an ID: as written, and squashed, spaced, mixed case."""
    squashed = rule_id.replace("-", "").lower()
    spaced = rule_id.replace("-", " ").lower()
    mixed = rule_id[:1].lower() + rule_id[1:]
    return [rule_id, squashed, f"  {spaced} ", mixed]


def test_every_rule_id_is_the_first_result_at_once(
    page: Page, base: str, rules: dict[str, Rule]
) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"/{VERSION}/", wait_until="networkidle")
    # The IDs are read on the first focus of the search box, not before.
    assert not [url for url in requests if url.endswith("/search-ids.json")]
    open_search(page)
    box = page.locator(f"{INPUT}[data-rule-ids]")
    expect(box).to_have_attribute("data-rule-ids", str(len(rules)))
    assert f"{base}/{VERSION}/search-ids.json" in requests
    cases = [
        [query, rule.id, rule_url(base, rule), plain(rule.title)]
        for rule in rules.values()
        for query in spellings(rule.id)
    ]
    # Prefixes of IDs (and longer strings) are no rule: no jump to a neighbour.
    prefixes = sorted(
        {rule.id[:-1] for rule in rules.values()}
        | {rule.id[:6] for rule in rules.values()}
        | {rule.id + "0" for rule in rules.values()}
    )
    checked, wrong = cast(
        "tuple[int, list[object]]", page.evaluate(CHECK_ALL, [cases, prefixes])
    )
    assert wrong == []
    assert checked == len(cases) + len(prefixes)
    assert len(cases) == 4 * len(rules)


@pytest.mark.parametrize("rule_id", [*KEYBOARD_IDS, "SDP-RES-003"])
def test_typing_an_id_then_enter_lands_on_the_rule(
    page: Page, base: str, rules: dict[str, Rule], rule_id: str
) -> None:
    rule = rules[rule_id]
    # search-ids.json is asked for only on the box's first focus, below.
    load_settled(page, f"/{VERSION}/")
    mark_document(page)
    open_search(page)
    # No waiting between the keys: the IDs may still be on their way.
    page.keyboard.type(rule_id.lower() if rule_id.startswith("S") else rule_id)
    page.keyboard.press("Enter")
    expect_landed(page, base, rule)
    expect(page.locator(INPUT)).not_to_be_focused()


@pytest.mark.parametrize("instant", [True, False], ids=["instant", "full-load"])
def test_a_pasted_id_then_enter_lands_on_the_rule(
    chromium: Browser, base: str, rules: dict[str, Rule], instant: bool
) -> None:
    rule = rules["PPP-NOT-001"]
    with browser_context(chromium, base, instant=instant) as context:
        page = context.new_page()
        load_settled(page, f"/{VERSION}/{page_url(rules['DPG-CRE-007'].page)}")
        mark_document(page)
        open_search(page)
        page.locator(INPUT).fill("ppp not 001")
        page.keyboard.press("Enter")
        expect_landed(page, base, rule, instant=instant)


def test_enter_before_the_ids_arrive_waits_for_them(
    context: BrowserContext, base: str, rules: dict[str, Rule]
) -> None:
    held: list[Route] = []

    def hold(route: Route) -> None:
        held.append(route)

    context.route("**/search-ids.json", hold)
    page = context.new_page()
    load_settled(page, f"/{VERSION}/")
    mark_document(page)
    open_search(page)
    page.keyboard.type("DPGCRE007")
    page.keyboard.press("Enter")
    page.wait_for_timeout(300)
    assert len(held) == 1
    # Material's own Enter did not take the reader elsewhere meanwhile.
    assert page.url == f"{base}/{VERSION}/"
    held[0].continue_()
    expect_landed(page, base, rules["DPG-CRE-007"])


def injected_removals(page: Page) -> None:
    """Count, in ``window.__removed``, the times the list loses the injected result."""
    page.evaluate(
        """() => {
          window.__removed = 0;
          new MutationObserver((records) => {
            for (const record of records)
              for (const node of record.removedNodes)
                if (node.nodeType === 1 && node.hasAttribute("data-rule-search"))
                  window.__removed += 1;
          }).observe(document.querySelector(".md-search-result__list"),
                     { childList: true });
        }"""
    )


def test_the_rule_stays_first_when_materials_results_arrive(
    page: Page, base: str, project: Project, rules: dict[str, Rule]
) -> None:
    rule = rules["PPP-TOO-004"]
    # The result names the rule's page by its title, as the navigation does.
    title = next(
        p.meta["title"] for p in project.pages if p.path == f"docs/{rule.page}"
    )
    load_settled(page, f"/{VERSION}/")
    mark_document(page)
    injected_removals(page)
    open_search(page)
    page.keyboard.type(rule.id)
    items = page.locator(f"{LIST} > li")
    expect(items.first).to_have_attribute("data-rule-search", rule.id, timeout=1000)
    # Material's answer: its count in the meta line, its results in the list, which
    # it rendered by emptying the list (the injected result with it).
    meta = page.locator(".md-search-result__meta")
    expect(meta).to_have_text(re.compile(r"^\s*\d+ matching documents?\s*$"))
    expect(page.locator(f"{LIST} > {MATERIAL_HIT}").first).to_be_attached()
    page.wait_for_function("window.__removed > 0")
    expect(items.first).to_have_attribute("data-rule-search", rule.id)
    expect(page.locator(f"{LIST} {HIT}")).to_have_count(1)
    hit = items.first
    expect(hit.locator("h1")).to_have_text(f"{rule.id} {plain(rule.title)}")
    expect(hit.locator(".rule-level")).to_have_text(rule.level)
    expect(hit.locator("p")).to_have_text(f"{rule.level} rule in {title}")
    expect(hit).to_be_visible()
    # The arrow keys reach it, and it is a link that Enter follows.
    page.keyboard.press("ArrowDown")
    link = hit.locator("a.md-search-result__link")
    expect(link).to_be_focused()
    expect(link).to_have_attribute("href", rule_url(base, rule))
    page.keyboard.press("Enter")
    expect_landed(page, base, rule)


def test_the_injected_result_passes_axe(page: Page, rules: dict[str, Rule]) -> None:
    spec = importlib.util.find_spec("axe_playwright_python")
    assert spec is not None
    assert spec.origin is not None
    page.goto(f"/{VERSION}/")
    open_search(page)
    page.keyboard.type("sdp res 003")
    expect(page.locator(f"{LIST} > li").first).to_have_attribute(
        "data-rule-search", rules["SDP-RES-003"].id
    )
    # The search's overlay and results fade in: axe measures contrast once they have.
    page.wait_for_function(
        "document.getAnimations().every((a) => a.playState !== 'running')"
    )
    page.add_script_tag(path=Path(spec.origin).parent / "axe.min.js")
    result = cast(
        "dict[str, list[dict[str, object]]]",
        page.evaluate(
            """() => axe.run({ include: [["li[data-rule-search]"]] },
                             { resultTypes: ["violations"] })"""
        ),
    )
    assert result["violations"] == []
    assert result["passes"], "axe checked nothing"


def test_other_queries_get_no_injected_result(
    page: Page, rules: dict[str, Rule]
) -> None:
    assert "PDS-TYP-999" not in rules
    page.goto(f"/{VERSION}/")
    open_search(page)
    expect(page.locator(f"{INPUT}[data-rule-ids]")).to_be_attached()
    page.evaluate(
        """() => new MutationObserver(() => { window.__answered = true; })
          .observe(document.querySelector(".md-search-result__meta"),
                   { childList: true, characterData: true, subtree: true })"""
    )
    box = page.locator(INPUT)
    meta = page.locator(".md-search-result__meta")
    # Not an ID; an unknown whole ID; an ID's prefix, which must not jump to a rule.
    for query in ["type checking", "PDS-TYP-999", "PDS-TY"]:
        page.evaluate("window.__answered = false")
        box.fill(query)
        expect(page.locator(HIT)).to_have_count(0)
        # One key, one keyup: Material searches for the whole query, once.
        box.press("End")
        page.wait_for_function("window.__answered === true")
        expect(meta).to_have_text(
            re.compile(r"^\s*(\d+ matching documents?|No matching documents)\s*$")
        )
        expect(page.locator(HIT)).to_have_count(0)


def test_it_works_after_instant_navigation(
    page: Page, base: str, rules: dict[str, Rule]
) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    load_settled(page, f"/{VERSION}/")
    mark_document(page)
    # A click in the navigation: Material swaps the page in, without a reload.
    page.locator(".md-tabs a.md-tabs__link", has_text="Pristine Python").click()
    expect(page).to_have_url(f"{base}/{VERSION}/ppp/")
    assert page.evaluate("window.__sameDocument === true")
    for rule_id in ["PPP-TOO-004", "UDS-DSR-004"]:
        open_search(page)
        page.keyboard.press("ControlOrMeta+a")
        page.keyboard.type(rule_id)
        expect(page.locator(f"{LIST} > li").first).to_have_attribute(
            "data-rule-search", rule_id
        )
        page.keyboard.press("Enter")
        expect_landed(page, base, rules[rule_id])
    assert [url for url in requests if url.endswith("/search-ids.json")] == [
        f"{base}/{VERSION}/search-ids.json"
    ]


def test_the_rule_comes_back_into_view_if_the_old_scroll_position_returns(
    page: Page, base: str, rules: dict[str, Rule]
) -> None:
    """Closing the search can restore the page's old scroll position after the jump.

    Seen once on a loaded machine: the reader was left at the top of the rule's page.
    Here the old position (the top) is put back once the jump has scrolled.
    """
    rule = rules["UDS-DSR-004"]
    load_settled(page, f"/{VERSION}/ppp/")
    mark_document(page)
    open_search(page)
    page.keyboard.type(rule.id)
    expect(page.locator(f"{LIST} > li").first).to_have_attribute(
        "data-rule-search", rule.id
    )
    page.keyboard.press("Enter")
    expect_landed(page, base, rule)
    page.evaluate("window.scrollTo(0, 0)")
    expect(page.locator(f"[id='{rule.id}']")).to_be_in_viewport()


def test_a_search_link_shows_the_rule_first(page: Page, rules: dict[str, Rule]) -> None:
    page.goto(f"/{VERSION}/?q=dpg-cre-007")
    expect(page.locator(f"{LIST} > li").first).to_have_attribute(
        "data-rule-search", rules["DPG-CRE-007"].id
    )
