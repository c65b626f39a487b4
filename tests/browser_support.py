"""What the browser tests share: the site laid out as mike publishes it, and contexts.

A context made by `browser_context` answers only requests to 127.0.0.1 (any other is
aborted, so a page that reaches out fails the test that looks) and takes its route
handlers away before it closes. Closing a context while a handler is still fetching
(the sitemap rewrite, say) otherwise raises inside Playwright's dispatcher, and the
error surfaces in whatever call comes next on that worker: another module's fixture.
"""

from __future__ import annotations

import re
from collections.abc import Generator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

from support import ROOT

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page, Route, ViewportSize

VERSION = "latest"
"""The folder the built site is served from, as mike's alias for the newest release."""
TIMEOUT_MS = 15_000
DESKTOP: ViewportSize = {"width": 1280, "height": 900}
Scheme = Literal["light", "dark"]


def site_url() -> str:
    """mkdocs.yml's site_url, with its trailing slash."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    found = re.search(r"^site_url:\s*(\S+)", text, re.MULTILINE)
    assert found, "mkdocs.yml has no site_url"
    return found.group(1).rstrip("/") + "/"


def site_path() -> str:
    """The path of mkdocs.yml's site_url (``/living-standards-handbook/``)."""
    return urlsplit(site_url()).path


NOT_FOUND = site_path() + "404.html"
"""Where the 404 page is loaded: its links are absolute, under site_url's path."""


ENOUGH_PAGES = 50
"""Fewer pages found in the built site means the site, or the way it is read, broke."""


def site_pages(site: Path) -> list[str]:
    """Every page of the built site, as paths under the server's root.

    A page is at ``/latest/<path>``, the 404 page at NOT_FOUND. Left out: the short
    links ``r/<ID>/`` (a redirect stub per rule, to a rule on a page listed here),
    which a test samples or follows on its own.
    """
    found: list[str] = []
    for html in sorted(site.rglob("*.html")):
        rel = html.relative_to(site).as_posix()
        if rel == "404.html":
            found.append(NOT_FOUND)
        elif not rel.startswith("r/"):
            found.append(f"/{VERSION}/{rel.removesuffix('index.html')}")
    assert len(found) > ENOUGH_PAGES, f"only {len(found)} pages found in {site}"
    return found


def lay_out(site: Path, root: Path) -> None:
    """Put the built `site` under `root` as the published site has it.

    At ``/latest/``, mike's alias; and at site_url's path, which the 404 page's
    absolute links name (see overrides/404.html).
    """
    (root / VERSION).symlink_to(site, target_is_directory=True)
    prefix = site_path().strip("/")
    if prefix not in {"", VERSION}:
        (root / prefix).parent.mkdir(parents=True, exist_ok=True)
        (root / prefix).symlink_to(site, target_is_directory=True)


def _loopback_only(route: Route) -> None:
    if urlsplit(route.request.url).hostname == "127.0.0.1":
        route.continue_()
    else:
        route.abort()


def serve_sitemap_here(context: BrowserContext, folder: str) -> None:
    """Serve sitemap.xml with its addresses under `folder`, as when published there.

    Material navigates instantly only to the pages its sitemap lists, after moving the
    sitemap's addresses to the page's scheme and host name (not its port, nor mike's
    version folder). The sitemap names site_url, so on 127.0.0.1:<port>/latest/ every
    link would load in full; with the addresses rewritten to `folder`, it is instant.
    """

    def rewrite(route: Route) -> None:
        response = route.fetch()
        body = response.text().replace(site_url(), folder)
        route.fulfill(response=response, body=body)

    context.route(f"{folder}sitemap.xml", rewrite)


@contextmanager
def browser_context(  # noqa: PLR0913  # the options a test varies, by name
    chromium: Browser,
    base: str | None = None,
    *,
    instant: bool = False,
    viewport: ViewportSize = DESKTOP,
    color_scheme: Scheme | None = None,
    java_script_enabled: bool = True,
) -> Generator[BrowserContext]:
    """A fresh context on `base` (no stored palette, no cache) kept on 127.0.0.1.

    With `instant`, the sitemap of the site at ``<base>/latest/`` is rewritten so that
    Material's instant navigation works there (`serve_sitemap_here`).
    """
    context = chromium.new_context(
        base_url=base,
        viewport=viewport,
        color_scheme=color_scheme,
        java_script_enabled=java_script_enabled,
    )
    context.set_default_timeout(TIMEOUT_MS)
    context.route("**/*", _loopback_only)
    if instant:
        assert base is not None, "instant navigation needs the server's base URL"
        serve_sitemap_here(context, f"{base}/{VERSION}/")
    try:
        yield context
    finally:
        context.unroute_all(behavior="ignoreErrors")
        context.close()


def load_settled(page: Page, url: str) -> None:
    """Load `url` and wait until its requests have ended (Playwright's networkidle).

    Material reads the sitemap after the load; until it has, its instant navigation is
    not set up, and a link clicked loads its page in full (seen on a loaded machine).
    """
    page.goto(url, wait_until="networkidle")
