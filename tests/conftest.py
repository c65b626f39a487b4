"""Fixtures shared by the tests that need a built site, and by the browser tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from browser_support import lay_out
from support import (
    CHROMIUM_ARGS,
    ROOT,
    Build,
    build_site,
    chromium_choice,
    publish_versions,
    require_chromium,
    serve,
)

from handbook.project import Project, load_project

if TYPE_CHECKING:
    from playwright.sync_api import Browser


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The handbook's own site, built once per test run."""
    return build_site(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("site") / "site")


@pytest.fixture(scope="session")
def site(built: Build) -> Path:
    """The built site's folder; fails every dependent test if the build failed."""
    assert built.returncode == 0, built.output
    return built.site


@pytest.fixture(scope="module")
def base(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The root URL of a server on 127.0.0.1 with the built site as mike lays it out.

    The site is at ``/latest/`` and at site_url's path (`browser_support.lay_out`).
    One per module: a module's tests share it, its port is its own.
    """
    root = tmp_path_factory.mktemp("pages")
    lay_out(site, root)
    with serve(root) as url:
        yield url


@pytest.fixture(scope="session")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A checkout of gh-pages once the real command published 1.0, 2.0 and dev.

    Session-scoped and grouped (``published-versions``): one worker publishes it once
    for every module that looks at the versions.
    """
    return publish_versions(tmp_path_factory.mktemp("pages"))


SHARED_BY_GROUP = {
    "built": "site",
    "site": "site",
    "base": "site",
    "pages": "published-versions",
    "server": "published-versions",
    "console_run": "console-handbook",
    "hostile": "hostile-handbook",
    "results": "validator-cases",
}
"""Expensive module or session fixtures, by the xdist group of the tests using them.

Under ``--dist loadgroup`` the tests of one group run on one worker, so each fixture
handbook is run once per test run rather than once per worker. The built site is the
exception: its users are grouped per module (`PER_MODULE`), because its browser tests
together take longer than everything else on one worker would; each worker builds
the site at most once (the fixture is session-scoped), a module's tests share it.
"""
PER_MODULE = frozenset({"site"})
"""Groups split by test module: a worker's own copy costs less than the queue."""


ONCE_MODULES = frozenset(
    {
        "test_static.py",  # ruff and pyright over the tooling
        "test_site.py",  # the strict build
        "test_broken_site.py",
        "test_ledger.py",
        "test_publish.py",
        "test_workflows.py",
        "test_no_browser.py",
        "test_browser_rules.py",
        "test_browser_versions.py",
    }
)
"""Modules whose result does not depend on the Python running them: marked ``once``.

CI's matrix runs them on one of its Pythons; the others set ``HANDBOOK_ONCE=skip``
and deselect them (the summary says how many).
"""


def pytest_configure(config: pytest.Config) -> None:
    """Declare the ``once`` marker here, where it is given, for every run of tests/."""
    config.addinivalue_line(
        "markers",
        "once: independent of the Python running it; CI runs it on one of its Pythons",
    )


def pytest_collection_modifyitems(
    config: pytest.Config, items: list[pytest.Item]
) -> None:
    """Group the users of expensive fixtures; mark and maybe deselect ``once`` tests."""
    for item in items:
        if item.path.name in ONCE_MODULES or item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.once)
        names = getattr(item, "fixturenames", ())
        group = next((SHARED_BY_GROUP[n] for n in names if n in SHARED_BY_GROUP), None)
        if group in PER_MODULE:
            group = f"{group}:{item.path.name}"
        if group is not None and item.get_closest_marker("xdist_group") is None:
            item.add_marker(pytest.mark.xdist_group(group))
    if os.environ.get("HANDBOOK_ONCE") == "skip":
        once = [item for item in items if item.get_closest_marker("once")]
        config.hook.pytest_deselected(items=once)
        items[:] = [item for item in items if not item.get_closest_marker("once")]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Decide about a browser test before its fixtures build a site or publish one."""
    if item.get_closest_marker("browser") is not None:
        require_chromium()


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    """One headless chromium for the whole run, driven by Playwright.

    Debian's chromium at /usr/bin/chromium by default. HANDBOOK_CHROMIUM overrides it:
    a path to another chromium, or ``playwright`` for the browser that
    ``playwright install chromium`` downloads (what the GitHub CI workflow uses).
    Where it is missing, the tests that use it are skipped, or fail when CI=true.
    """
    from playwright.sync_api import sync_playwright  # noqa: PLC0415  # browser tests only

    require_chromium()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_choice(), args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="session")
def project() -> Project:
    """The handbook's own pages, parsed once for the tests that read them."""
    return load_project(ROOT)
