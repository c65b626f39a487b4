"""The 404 page and the printable parts, in chromium driven by Playwright.

The handbook is built once (the `site` fixture) and served as GitHub Pages serves it
(`benchmarks/lighthouse.py`'s server: gzip, caching headers, the site's 404.html for
any missing path). The printable parts are served under ``/latest/``, as mike
publishes a version. The 404 page is served under the path of ``site_url``
(``/living-standards-handbook/``): its links are absolute, made from that path at
build time (under mike, ``site_url`` gains the version folder, ``latest/``, and the
links with it), so it works only where the build says the site lives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from http import HTTPStatus
from pathlib import Path
from typing import cast

import pytest
from browser_support import (
    VERSION,
    browser_context,
    load_settled,
    serve_sitemap_here,
    site_path,
)
from lighthouse import serve_pages
from mkdocs.utils.yaml import yaml_load  # pyright: ignore[reportUnknownVariableType]
from playwright.sync_api import Browser, Page, expect
from support import ROOT

from handbook.ledger import page_url
from handbook.project import Project
from handbook.reader import nav_parts
from handbook.rules import PART_PREFIXES, Rule, collect_rules

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

PRINT_TIMEOUT_MS = 90_000


def handbook_config() -> dict[str, object]:
    """mkdocs.yml as mkdocs reads it, its !ENV tags included."""
    with (ROOT / "mkdocs.yml").open(encoding="utf-8") as text:
        return cast("dict[str, object]", yaml_load(text))


@pytest.fixture(scope="module")
def at_site_path(site: Path) -> Iterator[str]:
    """The built site at the path its site_url names; yields that folder's URL."""
    with serve_pages(site, site_path().strip("/")) as url:
        yield url


@pytest.fixture(scope="module")
def at_latest(site: Path) -> Iterator[str]:
    """The built site under /latest/; yields that folder's URL."""
    with serve_pages(site, VERSION) as url:
        yield url


@pytest.fixture
def page(chromium: Browser) -> Iterator[Page]:
    with browser_context(chromium) as context:
        yield context.new_page()


@pytest.fixture(scope="module")
def rule(project: Project) -> Rule:
    rules = collect_rules(project)
    assert rules
    return next(r for r in rules if r.id == "PDS-TYP-001")


# The 404 page ---------------------------------------------------------------------


def test_a_missing_page_offers_the_search_and_the_rule_jump(
    page: Page, at_site_path: str
) -> None:
    response = page.goto(at_site_path + "no/such/page/at/any/depth/")
    assert response is not None
    assert response.status == HTTPStatus.NOT_FOUND
    expect(page.locator("h1")).to_have_text("Page not found")
    expect(page.get_by_label("Search the handbook")).to_be_visible()
    expect(page.get_by_label("Go to rule")).to_be_visible()
    # The theme's stylesheet and script came from absolute URLs at this depth.
    expect(page.locator(".md-header")).to_have_css("position", "sticky")
    assert page.evaluate("typeof document$") == "object"


def test_typing_in_the_404_search_goes_on_in_the_site_search(
    page: Page, at_site_path: str
) -> None:
    page.goto(at_site_path + "missing/")
    field = page.get_by_label("Search the handbook")
    field.focus()  # a keyboard user arriving on the field: nothing opens yet
    expect(page.locator("input[data-md-toggle=search]")).not_to_be_checked()
    page.keyboard.type("pyright")
    expect(page.locator("input[data-md-toggle=search]")).to_be_checked()
    query = page.locator("input.md-search__input")
    expect(query).to_be_focused()
    expect(query).to_have_value("pyright")
    expect(page.locator(".md-search-result__item").first).to_be_visible()


def test_clicking_the_404_search_opens_the_site_search(
    page: Page, at_site_path: str
) -> None:
    page.goto(at_site_path + "missing/")
    page.get_by_label("Search the handbook").click()
    expect(page.locator("input[data-md-toggle=search]")).to_be_checked()
    expect(page.locator("input.md-search__input")).to_be_focused()


@pytest.mark.parametrize("typed", ["pds typ 001", "Pds-Typ-1", "PDSTYP001"])
def test_the_rule_form_lands_on_the_rule(
    page: Page, at_site_path: str, rule: Rule, typed: str
) -> None:
    page.goto(at_site_path + "some/old/chapter/")
    field = page.get_by_label("Go to rule")
    field.fill(typed)
    field.press("Enter")
    expect(page).to_have_url(f"{at_site_path}{page_url(rule.page)}#{rule.id}")
    expect(page.locator(f"[id='{rule.id}']")).to_be_in_viewport()


def test_what_is_no_rule_id_is_explained_in_place(
    page: Page, at_site_path: str
) -> None:
    page.goto(at_site_path + "missing/")
    field = page.get_by_label("Go to rule")
    field.fill("typing rules")
    field.press("Enter")
    expect(page.locator("#handbook-404-rule-help")).to_contain_text("not a rule ID")
    expect(page).to_have_url(at_site_path + "missing/")


def test_a_short_link_typed_in_lower_case_still_lands(
    page: Page, at_site_path: str, rule: Rule
) -> None:
    page.goto(at_site_path + "r/" + rule.id.lower() + "/")
    expect(page).to_have_url(f"{at_site_path}{page_url(rule.page)}#{rule.id}")


def test_a_short_link_to_no_rule_says_so(page: Page, at_site_path: str) -> None:
    page.goto(at_site_path + "r/PDS-ZZZ-999/")
    expect(page.locator("[data-handbook-404-reason]")).to_contain_text(
        "There is no rule PDS-ZZZ-999"
    )


# The printable parts --------------------------------------------------------------


def chapter_heading(site: Path, src: str) -> str:
    """The first H1 of a chapter's built page, as text."""
    src = re.sub(r"\.ipynb$", ".md", src)
    text = (site / page_url(src) / "index.html").read_text(encoding="utf-8")
    article = text[text.index("<article") :]
    found = re.search(r"<h1\b[^>]*>(.*?)</h1>", article, re.DOTALL)
    assert found is not None, src
    return clean(re.sub(r"<[^>]+>", "", found[1]).replace("&para;", ""))


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00b6", "")).strip()


def wait_until_printable(page: Page) -> None:
    part = page.locator("[data-print-part]")
    expect(part).to_have_attribute(
        "data-print-state", re.compile("ready|incomplete"), timeout=PRINT_TIMEOUT_MS
    )
    expect(part).to_have_attribute("data-print-state", "ready")


@pytest.mark.parametrize("folder", ["pds", "uds"])  # uds holds a notebook
def test_a_print_page_holds_every_chapter_in_order_with_its_rules(
    page: Page, at_latest: str, site: Path, project: Project, folder: str
) -> None:
    (part,) = (p for p in nav_parts(handbook_config()["nav"]) if p.folder == folder)
    page.goto(f"{at_latest}print/{folder}/")
    wait_until_printable(page)
    headings = page.evaluate(
        """() => Array.from(document.querySelectorAll("section.print-chapter"))
            .map(s => s.querySelector("h1"))
            .map(h => h ? h.textContent : "")"""
    )
    assert [clean(h) for h in headings] == [
        chapter_heading(site, src) for src in part.pages
    ]
    prefix = PART_PREFIXES[folder]
    rules = [r.id for r in collect_rules(project) if r.part == prefix]
    assert rules
    missing = page.evaluate(
        """ids => ids.filter(id => {
            const el = document.getElementById(id);
            return !el || !el.closest("section.print-chapter");
        })""",
        rules,
    )
    assert missing == []
    duplicated = page.evaluate(
        """() => {
            const seen = new Set(), twice = [];
            for (const el of document.querySelectorAll("[id]")) {
                if (seen.has(el.id)) twice.push(el.id);
                seen.add(el.id);
            }
            return twice;
        }"""
    )
    assert duplicated == []
    # Links to a place in another of the part's chapters now lead within the page.
    chapters = [at_latest + page_url(re.sub(r"\.ipynb$", ".md", p)) for p in part.pages]
    outward = page.evaluate(
        """chapters => Array.from(document.querySelectorAll("section.print-chapter a"))
            .map(a => a.href.split("#"))
            .filter(([page, place]) => place !== undefined && chapters.includes(page))
            .map(([page, place]) => page + "#" + place)""",
        chapters,
    )
    assert outward == []


def test_on_paper_each_chapter_starts_a_sheet_and_the_site_around_it_is_gone(
    page: Page, at_latest: str
) -> None:
    page.goto(f"{at_latest}print/sdp/")
    wait_until_printable(page)
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", ".md-search"):
        expect(page.locator(chrome).first).to_be_hidden()
    chapters = page.locator("section.print-chapter")
    expect(chapters.nth(1)).to_have_css("break-before", "page")
    expect(chapters.first.locator("h1").first).to_be_visible()


def test_instant_navigation_to_a_print_page_fills_it_too(
    chromium: Browser, at_latest: str
) -> None:
    """The part index's link to its printable page: swapped in, the page is filled.

    Material navigates instantly only to the pages its sitemap lists, moved to the
    page's host but not to its port or version folder: the sitemap is served here as
    it would be where ``site_url`` is this server's ``/latest/``.
    """
    with browser_context(chromium) as context:
        serve_sitemap_here(context, at_latest)
        page = context.new_page()
        load_settled(page, f"{at_latest}dpg/")
        page.evaluate("window.handbookSamePage = true")
        page.get_by_role("link", name="printable page").click()
        expect(page).to_have_url(f"{at_latest}print/dpg/")
        wait_until_printable(page)
        assert page.evaluate("window.handbookSamePage === true"), "a full load"
        expect(page.locator("section.print-chapter").first).to_be_visible()
