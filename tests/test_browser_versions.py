"""The published versions as a reader sees them, in chromium driven by Playwright.

The publish command deploys the fixture site (tests/fixtures/publish-site, which uses
the handbook's overrides/) as 1.0, 2.0 (latest, the default) and dev into a local bare
repository; the gh-pages branch is checked out and served over 127.0.0.1, as GitHub
Pages would serve it. Every request to another host is aborted.

The browser is Debian's chromium at /usr/bin/chromium. HANDBOOK_CHROMIUM overrides it:
a path to another chromium, or ``playwright`` for the browser ``playwright install``
downloads (what the GitHub CI workflow uses, where chromium is not a Debian package).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import browser_context
from playwright.sync_api import Browser, Page, expect
from support import serve

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

TIMEOUT_MS = 15_000
expect.set_options(timeout=TIMEOUT_MS)


def current_version(version: str) -> re.Pattern[str]:
    """The selector's label: the version, then its aliases (``2.0latest``)."""
    return re.compile(rf"^\s*{re.escape(version)}(?![0-9.])")


@pytest.fixture(scope="module")
def server(pages: Path) -> Iterator[str]:
    """Serve the gh-pages checkout on 127.0.0.1 at a free port."""
    with serve(pages) as url:
        yield url


@pytest.fixture
def page(chromium: Browser, server: str) -> Iterator[Page]:
    with browser_context(chromium, server) as context:
        yield context.new_page()


def test_the_version_selector_lists_the_versions(page: Page) -> None:
    page.goto("/2.0/guide/")
    expect(page.locator(".md-version__current")).to_have_text(current_version("2.0"))
    links = page.locator(".md-version__list .md-version__link")
    expect(links).to_have_count(3)
    # Each link reads "<title>" then, in a span, its first alias.
    titles = links.evaluate_all("links => links.map(a => a.firstChild.textContent)")
    assert titles == ["dev", "2.0", "1.0"]
    aliases = page.locator(".md-version__list .md-version__alias")
    expect(aliases).to_have_text(["latest"])
    expect(links.nth(1)).to_have_attribute("href", re.compile(r"/2\.0/$"))


def test_switching_version_keeps_the_reader_on_the_same_page(
    page: Page, server: str
) -> None:
    page.goto("/2.0/guide/")
    expect(page.locator(".md-version__current")).to_have_text(current_version("2.0"))
    page.locator(".md-version").hover()
    page.locator(".md-version__link", has_text="1.0").click()
    expect(page).to_have_url(f"{server}/1.0/guide/")
    expect(page.locator("h1")).to_have_text("Guide")
    expect(page.locator(".md-version__current")).to_have_text(current_version("1.0"))


def test_an_older_version_shows_the_banner_linking_to_the_page_in_latest(
    page: Page, server: str
) -> None:
    page.goto("/1.0/guide/")
    banner = page.locator("[data-md-component=outdated]")
    expect(banner).to_be_visible()
    expect(banner).to_contain_text("You are reading an older version of the handbook.")
    link = banner.locator("a")
    assert link.evaluate("a => a.href") == f"{server}/latest/guide/"
    link.click()
    # latest/ redirects to the version it points at: the same page in 2.0.
    expect(page).to_have_url(f"{server}/2.0/guide/")
    expect(page.locator("h1")).to_have_text("Guide")
    expect(page.locator("[data-md-component=outdated]")).to_be_hidden()


def test_the_default_version_shows_no_banner(page: Page) -> None:
    page.goto("/latest/guide/")
    expect(page).to_have_url(re.compile(r"/2\.0/guide/$"))
    expect(page.locator(".md-version__current")).to_have_text(current_version("2.0"))
    expect(page.locator("[data-md-component=outdated]")).to_be_hidden()


def test_dev_says_it_is_the_development_version(page: Page, server: str) -> None:
    page.goto("/dev/")
    banner = page.locator("[data-md-component=outdated]")
    expect(banner).to_be_visible()
    expect(banner).to_contain_text("the development version of the handbook")
    link = banner.locator("a")
    assert link.evaluate("a => a.href") == f"{server}/latest/"
    # Instant navigation swaps the banner in; its wording must follow.
    page.get_by_role("link", name="guide", exact=True).first.click()
    expect(page).to_have_url(f"{server}/dev/guide/")
    expect(banner).to_contain_text("the development version of the handbook")
    assert banner.locator("a").evaluate("a => a.href") == f"{server}/latest/guide/"
