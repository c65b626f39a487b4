"""Rules as a reader meets them, in chromium driven by Playwright.

The real handbook is built once (the `site` fixture) and served over 127.0.0.1 under
``/latest/``, the way mike publishes a version on GitHub Pages. A rule's short link
lands on its anchor, its "Copy link" button copies that short link, the rule index
filters down to one row, and the site search puts the rule first. Nothing the pages
load may come from another host.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from browser_support import TIMEOUT_MS, VERSION, browser_context
from playwright.sync_api import (
    Browser,
    Locator,
    Page,
    expect,
)

from handbook.project import Project
from handbook.rules import Rule, collect_rules

pytestmark = [pytest.mark.browser, pytest.mark.timeout(120)]

NOTEBOOK = "notebooks/example-engine/"


def page_url(src: str) -> str:
    """The directory URL mkdocs gives the page `src` (``pds/testing.md``)."""
    stem = src.removesuffix(".md").removesuffix("index")
    return stem if not stem or stem.endswith("/") else stem + "/"


@pytest.fixture(scope="module")
def rules(project: Project) -> list[Rule]:
    found = collect_rules(project)
    assert found, "the handbook has no rules"
    return found


@pytest.fixture(scope="module")
def rule(rules: list[Rule]) -> Rule:
    """A real rule, one that names the linter codes enforcing it if there is one."""
    return next((r for r in rules if r.enforced_by), rules[0])


@pytest.fixture
def page(chromium: Browser, base: str) -> Iterator[Page]:
    with browser_context(chromium, base) as context:
        yield context.new_page()


def heading(rule: Rule) -> str:
    """The selector of the rule's heading (IDs hold dashes, so no ``#ID``)."""
    return f"[id='{rule.id}']"


def expect_handbook_js(page: Page) -> None:
    """The page loads overrides/assets/javascripts/handbook.js (extra_javascript)."""
    expect(page.locator("script[src*='javascripts/handbook.js']")).to_have_count(1)


def search(page: Page, words: str) -> None:
    """Open Material's search with its keyboard shortcut and type `words`."""
    page.locator("body").press("/")
    box = page.locator("input.md-search__input")
    expect(box).to_be_focused()
    page.keyboard.type(words)


def test_a_short_link_lands_on_the_rule(page: Page, base: str, rule: Rule) -> None:
    page.goto(f"/{VERSION}/r/{rule.id}/")
    target = f"{base}/{VERSION}/{page_url(rule.page)}#{rule.id}"
    expect(page).to_have_url(target)
    assert page.evaluate("location.hash") == f"#{rule.id}"
    anchor = page.locator(heading(rule))
    expect(anchor).to_be_visible()
    expect(anchor).to_be_in_viewport()
    expect(anchor).to_contain_text(rule.title)


def test_copy_link_puts_the_short_link_on_the_clipboard(
    chromium: Browser, base: str, rule: Rule
) -> None:
    with browser_context(chromium, base) as context:
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
        page = context.new_page()
        page.goto(f"/{VERSION}/{page_url(rule.page)}")
        expect_handbook_js(page)
        title = page.locator(heading(rule))
        # The heading's own permalink stays beside the copy button.
        expect(title.locator("a.headerlink")).to_have_attribute(
            "href", re.compile(rf"#{re.escape(rule.id)}$")
        )
        button = page.locator(f"button.rule-copy[data-rule-id='{rule.id}']")
        expect(button).to_be_visible()
        button.click()
        expect(button).to_have_text("Copied")
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied == f"{base}/{VERSION}/r/{rule.id}/"
        # The copied link works: it leads back to the rule.
        page.goto(copied)
        expect(page).to_have_url(re.compile(rf"#{re.escape(rule.id)}$"))
        expect(page.locator(heading(rule))).to_be_in_viewport()


def test_the_rule_index_filters_to_one_rule(
    page: Page, rule: Rule, rules: list[Rule]
) -> None:
    page.goto(f"/{VERSION}/rules/")
    expect_handbook_js(page)
    rows = page.locator("table.rule-index tbody tr")
    expect(rows).to_have_count(len(rules))
    box = page.locator("input.rule-filter[data-ready]")
    box.fill(rule.id)
    visible = page.locator("table.rule-index tbody tr:visible")
    expect(visible).to_have_count(1)
    expect(visible).to_contain_text(rule.id)
    expect(visible).to_contain_text(rule.title)
    box.fill("")
    expect(visible).to_have_count(len(rules))


def cited_elsewhere(project: Project, rules: list[Rule]) -> Rule | None:
    """A rule whose ID also appears on another page: the hard case for search."""
    texts = {page.path.removeprefix("docs/"): page.text for page in project.pages}
    for candidate in rules:
        if any(
            candidate.id in text
            for path, text in texts.items()
            if path != candidate.page
        ):
            return candidate
    return None


def test_searching_for_an_id_finds_the_rule_first(
    page: Page, base: str, project: Project, rule: Rule, rules: list[Rule]
) -> None:
    wanted = [rule]
    hard = cited_elsewhere(project, rules)
    if hard is not None and hard != rule:
        wanted.append(hard)
    section: Locator | None = None
    for target in wanted:
        page.goto(f"/{VERSION}/")
        search(page, target.id)
        first = page.locator(".md-search-result__item").first
        # Material groups the hits by page: the page's own link, then its sections
        # by score. The first of those sections must be the rule.
        section = first.locator("a.md-search-result__link[href*='#']").first
        expect(section).to_have_attribute(
            "href", re.compile(rf"#{re.escape(target.id)}$"), timeout=TIMEOUT_MS
        )
        top = first.locator("a.md-search-result__link").first.get_attribute("href")
        assert top is not None
        assert urlsplit(top).path == f"/{VERSION}/{page_url(target.page)}"
    # Following the hit lands on the rule.
    assert section is not None
    section.click()
    expect(page).to_have_url(re.compile(rf"#{re.escape(wanted[-1].id)}$"))
    expect(page.locator(heading(wanted[-1]))).to_be_in_viewport()


def test_no_request_leaves_loopback(chromium: Browser, base: str, rule: Rule) -> None:
    seen: list[str] = []
    with browser_context(chromium, base) as context:
        # The context's requests: its pages' and their workers' (the search worker).
        context.on("request", lambda request: seen.append(request.url))
        page = context.new_page()
        for path in ["", page_url(rule.page), "rules/", NOTEBOOK]:
            page.goto(f"/{VERSION}/{path}", wait_until="networkidle")
        search(page, rule.id)
        expect(page.locator(".md-search-result__item").first).to_be_visible(
            timeout=TIMEOUT_MS
        )
        page.wait_for_load_state("networkidle")
    assert seen
    foreign = sorted(
        {
            url
            for url in seen
            if not url.startswith(("data:", "blob:"))
            and urlsplit(url).hostname != "127.0.0.1"
        }
    )
    assert not foreign, f"requests left loopback: {foreign}"
