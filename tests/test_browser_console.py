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
aborted, and so counts). One exclusion: a request still on its way when the test moves
to the next page is cancelled by that move (net::ERR_ABORTED), which says nothing about
the site (see Recorder.visit).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Error,
    Page,
    Request,
    Response,
    Route,
    expect,
)
from support import ROOT, serve

pytestmark = [pytest.mark.browser, pytest.mark.timeout(600)]

VERSION = "latest"
TIMEOUT_MS = 15_000
QUIET_S = 0.15
"""How long no request may be in flight before a page counts as settled."""
FIXTURE = Path("tests/fixtures/publish-site")
ENOUGH_PAGES = 50
"""Fewer pages found in the built site means the site, or the way it is read, broke."""
FAILED = 400
"""An HTTP status from which on a response is an error."""
SHORT_LINKS = 3
"""How many of the rules' short links (redirect stubs, r/<ID>/) are followed."""


class Recorder:
    """What went wrong on a page: errors logged, exceptions, failed requests."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.problems: list[str] = []
        self.in_flight: set[Request] = set()
        self.abandoned: set[Request] = set()
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
        self.in_flight.add(request)
        self.last_change = time.monotonic()

    def _finished(self, request: Request) -> None:
        self.in_flight.discard(request)
        self.last_change = time.monotonic()

    def _failed(self, request: Request) -> None:
        self.in_flight.discard(request)
        self.last_change = time.monotonic()
        if request in self.abandoned and request.failure == "net::ERR_ABORTED":
            return  # the test went to the next page while it was on its way
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
        """Load `url`, wait for it to settle.

        A request the last page had just started when it settled (the browser asks for
        the favicon after the load, at a moment of its own) is cancelled by this
        navigation: that cancellation, net::ERR_ABORTED, is the test's doing and is not
        counted. Any other failure of it, or a request that never ends, still is.
        """
        self.abandoned = set(self.in_flight)
        self.page.goto(url, wait_until="load")
        self.settle()

    def take(self) -> list[str]:
        """The problems recorded since the last call."""
        found, self.problems = self.problems, []
        return found


def new_context(chromium: Browser, base: str) -> BrowserContext:
    """A fresh context on `base` that aborts requests to any other host."""
    context = chromium.new_context(base_url=base)
    context.set_default_timeout(TIMEOUT_MS)
    host = urlsplit(base).netloc

    def same_host_only(route: Route) -> None:
        if urlsplit(route.request.url).netloc == host:
            route.continue_()
        else:
            route.abort()

    context.route("**/*", same_host_only)
    return context


# ---------------------------------------------------------------- the plain build


def site_url() -> str:
    """mkdocs.yml's site_url, with its trailing slash."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    found = re.search(r"^site_url:\s*(\S+)", text, re.MULTILINE)
    assert found, "mkdocs.yml has no site_url"
    return found.group(1).rstrip("/") + "/"


def site_path() -> str:
    """The path of mkdocs.yml's site_url (``/living-standards-handbook/``)."""
    return urlsplit(site_url()).path


def allow_instant_navigation(context: BrowserContext, base: str) -> None:
    """Serve sitemap.xml with its addresses on this server, as they are when published.

    Material's instant navigation follows only links its sitemap lists, after putting
    the page's scheme and host name (not its port) on the sitemap's addresses. The
    sitemap names site_url's host and path, so on 127.0.0.1:<port>/latest/ every link
    is a full page load; with the addresses rewritten to the server's, it is instant.
    """
    here = f"{base}/{VERSION}/"

    def rewrite(route: Route) -> None:
        response = route.fetch()
        route.fulfill(response=response, body=response.text().replace(site_url(), here))

    context.route(f"{here}sitemap.xml", rewrite)


NOT_FOUND = site_path() + "404.html"
"""Where the 404 page is loaded: its links are absolute, under site_url's path."""


def site_pages(site: Path) -> list[str]:
    """Every page of the built site, as paths under the server's root.

    A page is at ``/latest/<path>``; the 404 page at NOT_FOUND. The rules' short links
    (``r/<ID>/``, a redirect stub per rule) are sampled by the test instead.
    """
    found: list[str] = []
    for html in sorted(site.rglob("*.html")):
        rel = html.relative_to(site).as_posix()
        if rel == "404.html":
            found.append(NOT_FOUND)
        elif not rel.startswith("r/"):
            found.append(f"/{VERSION}/{rel.removesuffix('index.html')}")
    return found


@pytest.fixture(scope="module")
def base(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The server's root URL; the built site is its ``/latest/`` folder."""
    root = tmp_path_factory.mktemp("pages")
    (root / VERSION).symlink_to(site, target_is_directory=True)
    # The 404 page links by absolute paths under site_url's (see overrides/404.html).
    prefix = site_path().strip("/")
    if prefix not in {"", VERSION}:
        (root / prefix).parent.mkdir(parents=True, exist_ok=True)
        (root / prefix).symlink_to(site, target_is_directory=True)
    with serve(root) as url:
        yield url


def test_no_page_of_the_plain_build_logs_an_error(
    chromium: Browser, base: str, site: Path
) -> None:
    paths = site_pages(site)
    assert len(paths) > ENOUGH_PAGES, f"only {len(paths)} pages found in {site}"
    short = sorted(p.parent.name for p in (site / "r").glob("*/index.html"))
    assert short, "the site has no short links"
    step = max(1, len(short) // SHORT_LINKS)
    paths += [f"/{VERSION}/r/{rule}/" for rule in short[::step]]
    context = new_context(chromium, base)
    report: list[str] = []
    try:
        recorder = Recorder(context.new_page())
        for path in paths:
            recorder.visit(path)
            report += [f"{path}: {p}" for p in recorder.take()]
    finally:
        context.close()
    assert not report, "\n".join(report)


def test_search_and_instant_navigation_log_no_error(
    chromium: Browser, base: str, site: Path
) -> None:
    rule = sorted(p.parent.name for p in (site / "r").glob("*/index.html"))[0]
    context = new_context(chromium, base)
    allow_instant_navigation(context, base)
    try:
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
    finally:
        context.close()
    assert not problems, "\n".join(problems)
    assert loads == [f"{base}/{VERSION}/"], f"some navigation was no instant: {loads}"


# ---------------------------------------------------------------- a mike layout


def _git(*args: str, cwd: Path, env: dict[str, str]) -> None:
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A checkout of gh-pages once the real command published 1.0, 2.0 and dev.

    The same steps as tests/test_browser_versions.py's ``pages`` fixture.
    """
    tmp = tmp_path_factory.mktemp("published")
    gitconfig = tmp / "gitconfig"
    gitconfig.write_text("[init]\n\tdefaultBranch = main\n")
    env = {k: v for k, v in os.environ.items() if k != "MIKE_DOCS_VERSION"}
    env |= {
        "GIT_CONFIG_GLOBAL": str(gitconfig),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Browser Test",
        "GIT_AUTHOR_EMAIL": "browser-test@example.invalid",
        "GIT_COMMITTER_NAME": "Browser Test",
        "GIT_COMMITTER_EMAIL": "browser-test@example.invalid",
        "PYTHONPYCACHEPREFIX": str(tmp / "pycache"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    remote, runner = tmp / "remote.git", tmp / "runner"
    _git("init", "--quiet", "--bare", str(remote), cwd=tmp, env=env)
    _git("clone", "--quiet", str(remote), str(runner), cwd=tmp, env=env)
    shutil.copytree(ROOT / "overrides", runner / "overrides")
    shutil.copytree(
        ROOT / FIXTURE, runner / FIXTURE, ignore=shutil.ignore_patterns("site")
    )
    _git("add", "--all", cwd=runner, env=env)
    _git("commit", "--quiet", "-m", "The fixture project", cwd=runner, env=env)
    publish = [sys.executable, "-m", "handbook.publish", "ref"]
    config = ["--config-file", str(FIXTURE / "mkdocs.yml")]
    for ref in ["refs/tags/v1.0.0", "refs/tags/v2.0.0", "refs/heads/main"]:
        subprocess.run(
            [*publish, ref, *config],
            cwd=runner,
            env=env,
            check=True,
            capture_output=True,
        )
    site = tmp / "site"
    _git(
        "worktree", "add", "--quiet", str(site), "origin/gh-pages", cwd=runner, env=env
    )
    assert (site / "versions.json").is_file()
    return site


@pytest.fixture(scope="module")
def mike_base(published: Path) -> Iterator[str]:
    with serve(published) as url:
        yield url


MIKE_PAGES = ["", "latest/", "latest/guide/", "2.0/", "1.0/", "1.0/guide/", "dev/"]
"""The root (a redirect to latest), latest (a redirect to 2.0), an older one, dev."""


def test_no_page_of_a_mike_layout_logs_an_error(
    chromium: Browser, mike_base: str
) -> None:
    context = new_context(chromium, mike_base)
    report: list[str] = []
    try:
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
    finally:
        context.close()
    assert not report, "\n".join(report)
