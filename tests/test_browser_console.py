"""No page logs an error or has a request fail, in chromium driven by Playwright.

Two layouts. The plain build (the `site` fixture, what ``mkdocs build`` and a pull
request's preview make) is served under ``/latest/`` and every page of it is loaded
(the 404 page under site_url's path, where its absolute links point), with a few of
the rules' short links; then the search is used and instant navigation followed, the
sitemap's addresses put on this server as they are on the published site. A mike layout
(the publish fixture deployed by the real publish command as 1.0, 2.0 = latest, and
dev, as tests/test_browser_versions.py does) is checked on the pages of each version,
where the version selector fetches versions.json and the outdated banner shows.

Recorded on each page: console messages of type error, uncaught exceptions, responses
with a status of 400 or more, and requests that failed (a request to another host is
aborted, and so counts). One exclusion: a request cancelled (net::ERR_ABORTED) because
the page navigated after it was sent says nothing about the site. The test moving to the
next page cancels what the last one still had on its way (the favicon, asked for after
the load); a redirect page cancels its own document as it leaves (see Recorder).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import TIMEOUT_MS, VERSION, browser_context, site_pages
from playwright.sync_api import (
    Browser,
    ConsoleMessage,
    Error,
    Page,
    Request,
    Response,
    expect,
)
from support import serve

pytestmark = [pytest.mark.browser, pytest.mark.timeout(600)]

QUIET_S = 0.15
"""How long no request may be in flight before a page counts as settled."""
FAILED = 400
"""An HTTP status from which on a response is an error."""
SHORT_LINKS = 3
"""How many of the rules' short links (redirect stubs, r/<ID>/) are followed."""


class Recorder:
    """What went wrong on a page: errors logged, exceptions, failed requests.

    Each request is tagged with the number of main-frame navigations sent before it
    (its own included). A request cancelled (net::ERR_ABORTED) is judged in `take`,
    once the page has settled: if a navigation was sent after it, that navigation
    cancelled it, and it is not counted; if none was, it is a problem. Judging then,
    not when the failure arrives, leaves no race between the two events.
    """

    def __init__(self, page: Page) -> None:
        self.page = page
        self.problems: list[str] = []
        self.in_flight: set[Request] = set()
        self.navigations = 0
        self.sent_after: dict[Request, int] = {}
        self.cancelled: list[Request] = []
        self.last_change = time.monotonic()
        page.on("console", self._console)
        page.on("pageerror", self._exception)
        page.on("request", self._request)
        page.on("requestfinished", self._finished)
        page.on("requestfailed", self._failed)
        page.on("response", self._response)

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            where = message.location.get("url", "")
            self.problems.append(f"console error: {message.text} ({where})")

    def _exception(self, error: Error) -> None:
        self.problems.append(f"uncaught {error.name}: {error.message}")

    def _request(self, request: Request) -> None:
        if request.is_navigation_request() and request.frame == self.page.main_frame:
            self.navigations += 1
        self.sent_after[request] = self.navigations
        self.in_flight.add(request)
        self.last_change = time.monotonic()

    def _finished(self, request: Request) -> None:
        self.in_flight.discard(request)
        self.last_change = time.monotonic()

    def _failed(self, request: Request) -> None:
        self.in_flight.discard(request)
        self.last_change = time.monotonic()
        if request.failure == "net::ERR_ABORTED":
            self.cancelled.append(request)
        else:
            self.problems.append(f"request failed: {request.url} ({request.failure})")

    def _response(self, response: Response) -> None:
        if response.status >= FAILED:
            self.problems.append(f"HTTP {response.status}: {response.url}")

    def settle(self) -> None:
        """Wait until no request has been in flight for QUIET_S seconds.

        Playwright's networkidle waits 500 ms after the last one; this waits less, and
        at most TIMEOUT_MS, after which what is still in flight is a problem too.
        """
        deadline = time.monotonic() + TIMEOUT_MS / 1000
        while time.monotonic() < deadline:
            self.page.wait_for_timeout(30)
            if not self.in_flight and time.monotonic() - self.last_change >= QUIET_S:
                return
        self.problems.append(
            f"still loading after {TIMEOUT_MS} ms: {[r.url for r in self.in_flight]}"
        )

    def visit(self, url: str) -> None:
        """Load `url`, wait for it to settle."""
        self.page.goto(url, wait_until="load")
        self.settle()

    def take(self) -> list[str]:
        """The problems recorded since the last call."""
        for request in self.cancelled:
            if self.sent_after[request] == self.navigations:
                self.problems.append(f"request cancelled by the page: {request.url}")
        self.cancelled = []
        found, self.problems = self.problems, []
        return found


# ---------------------------------------------------------------- the plain build


def test_no_page_of_the_plain_build_logs_an_error(
    chromium: Browser, base: str, site: Path
) -> None:
    paths = site_pages(site)
    short = sorted(p.parent.name for p in (site / "r").glob("*/index.html"))
    assert short, "the site has no short links"
    step = max(1, len(short) // SHORT_LINKS)
    paths += [f"/{VERSION}/r/{rule}/" for rule in short[::step]]
    report: list[str] = []
    with browser_context(chromium, base) as context:
        recorder = Recorder(context.new_page())
        for path in paths:
            recorder.visit(path)
            report += [f"{path}: {p}" for p in recorder.take()]
    assert not report, "\n".join(report)


def test_search_and_instant_navigation_log_no_error(
    chromium: Browser, base: str, site: Path
) -> None:
    rule = sorted(p.parent.name for p in (site / "r").glob("*/index.html"))[0]
    with browser_context(chromium, base, instant=True) as context:
        page = context.new_page()
        loads: list[str] = []
        page.on(
            "request",
            lambda r: loads.append(r.url) if r.resource_type == "document" else None,
        )
        recorder = Recorder(page)
        recorder.visit(f"/{VERSION}/")
        page.locator("body").press("/")
        expect(page.locator("input.md-search__input")).to_be_focused()
        page.keyboard.type(rule)
        expect(page.locator(".md-search-result__item").first).to_be_visible()
        recorder.settle()
        page.locator(".md-search-result__item a.md-search-result__link").first.click()
        expect(page).not_to_have_url(f"{base}/{VERSION}/")
        recorder.settle()
        # The footer's link to the next page, back, then forward: all instant.
        page.locator("a.md-footer__link--next").click()
        recorder.settle()
        page.go_back()
        recorder.settle()
        page.go_forward()
        recorder.settle()
        problems = recorder.take()
    assert not problems, "\n".join(problems)
    assert loads == [f"{base}/{VERSION}/"], f"some navigation was no instant: {loads}"


# ---------------------------------------------------------------- a mike layout


@pytest.fixture(scope="module")
def mike_base(pages: Path) -> Iterator[str]:
    """The gh-pages checkout (tests/conftest.py's ``pages``) served on 127.0.0.1."""
    with serve(pages) as url:
        yield url


MIKE_PAGES = ["", "latest/", "latest/guide/", "2.0/", "1.0/", "1.0/guide/", "dev/"]
"""The root (a redirect to latest), latest (a redirect to 2.0), an older one, dev."""


def test_no_page_of_a_mike_layout_logs_an_error(
    chromium: Browser, mike_base: str
) -> None:
    report: list[str] = []
    with browser_context(chromium, mike_base) as context:
        page = context.new_page()
        recorder = Recorder(page)
        for path in MIKE_PAGES:
            recorder.visit(f"/{path}")
            # The version selector is there: versions.json was fetched and read.
            expect(page.locator(".md-version__current")).to_have_count(1)
            report += [f"/{path}: {p}" for p in recorder.take()]
        # The older version's banner shows, and dev's, on a link followed from dev.
        # (A full load: the fixture's sitemap names site_url's host and /latest/, so
        # Material's instant navigation is off on this server.)
        recorder.visit("/1.0/")
        expect(page.locator("[data-md-component=outdated]")).to_be_visible()
        recorder.visit("/dev/")
        page.get_by_role("link", name="guide", exact=True).first.click()
        expect(page).to_have_url(f"{mike_base}/dev/guide/")
        expect(page.locator("[data-md-component=outdated]")).to_be_visible()
        recorder.settle()
        report += [f"/dev/ then guide: {p}" for p in recorder.take()]
    assert not report, "\n".join(report)
