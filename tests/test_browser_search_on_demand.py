"""The search index is fetched when the reader goes to search, in chromium.

overrides/assets/javascripts/search-on-demand.js holds Material's request for
search/search_index.json (1.7 MB) until the search box is focused, hovered or opened,
or the address asks for a search (``?q=``) or for words to be marked (``?h=``). These
tests load the real site, served under ``/latest/``, and count that request.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from browser_support import VERSION, browser_context, load_settled
from playwright.sync_api import Browser, Page, ViewportSize, expect

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

INDEX = "/search/search_index.json"
CHAPTER = f"/{VERSION}/pds/type-checking/"
ANSWER_MS = 30_000
"""Material's worker indexes the whole site before its first answer."""
PHONE: ViewportSize = {"width": 390, "height": 844}


def index_requests(page: Page) -> list[str]:
    """The URLs the page requests from now on (the list grows as it does)."""
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url))
    return seen


def asked(seen: list[str]) -> int:
    """How many of `seen` are the search index."""
    return sum(1 for url in seen if url.endswith(INDEX))


@pytest.fixture
def page(chromium: Browser, base: str) -> Iterator[Page]:
    with browser_context(chromium, base) as context:
        yield context.new_page()


def test_loading_a_page_leaves_the_index_alone(page: Page) -> None:
    seen = index_requests(page)
    load_settled(page, CHAPTER)
    assert asked(seen) == 0
    expect(page.locator("html")).to_have_attribute("data-handbook-search-index", "held")
    # Scrolling, following a link within the page: still no search.
    page.mouse.wheel(0, 2000)
    page.wait_for_timeout(300)
    assert asked(seen) == 0


def test_the_search_shortcut_fetches_it_and_the_search_answers(page: Page) -> None:
    seen = index_requests(page)
    load_settled(page, CHAPTER)
    page.locator("body").press("/")
    expect(page.locator("input.md-search__input")).to_be_focused()
    page.keyboard.type("strict pyright")
    meta = page.locator(".md-search-result__meta")
    expect(meta).to_have_text(re.compile(r"\d+ matching documents?"), timeout=ANSWER_MS)
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    assert asked(seen) == 1


def test_on_a_phone_the_search_button_fetches_it(chromium: Browser, base: str) -> None:
    with browser_context(chromium, base, viewport=PHONE) as context:
        page = context.new_page()
        seen = index_requests(page)
        load_settled(page, CHAPTER)
        assert asked(seen) == 0
        page.locator("label.md-header__button[for='__search']").click()
        expect(page.locator("input.md-search__input")).to_be_focused()
        page.keyboard.type("coverage threshold")
        expect(page.locator(".md-search-result__item").first).to_be_visible(
            timeout=ANSWER_MS
        )
        assert asked(seen) == 1


def test_hovering_the_search_box_fetches_it_before_the_click(page: Page) -> None:
    seen = index_requests(page)
    load_settled(page, CHAPTER)
    with page.expect_request(lambda request: request.url.endswith(INDEX)):
        page.locator(".md-search").first.hover()
    assert asked(seen) == 1


@pytest.mark.parametrize("query", ["?q=mutable+default", "?h=strict"])
def test_an_address_that_asks_for_search_fetches_it_at_once(
    page: Page, query: str
) -> None:
    seen = index_requests(page)
    load_settled(page, CHAPTER + query)
    assert asked(seen) == 1
    if query.startswith("?q="):
        # Material's search sharing: the search opens with the query, answered.
        expect(page.locator(".md-search-result__item").first).to_be_visible(
            timeout=ANSWER_MS
        )
    else:
        # After a search result: Material marks the searched words in the page.
        expect(page.locator("article mark").first).to_be_visible(timeout=ANSWER_MS)
