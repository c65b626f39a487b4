"""Fixtures shared by the tests that need a built site, and by the browser tests."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser

ROOT = Path(__file__).parents[1]
QUIET = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


FIXTURES = Path(__file__).parent / "fixtures"


def copy_fixture(name: str, tmp_path: Path) -> Path:
    """A private copy of ``tests/fixtures/<name>``, for a test to change freely."""
    root = tmp_path / name
    shutil.copytree(FIXTURES / name, root)
    return root


@dataclass(frozen=True)
class Build:
    """A site built with ``mkdocs build --strict``."""

    site: Path
    returncode: int
    output: str


def build_site(config: Path, site: Path) -> Build:
    """Build the site of `config` into `site`, strictly, and keep its output."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            str(config),
            "-d",
            str(site),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **QUIET},
        cwd=config.parent,
    )
    return Build(site, result.returncode, result.stdout + result.stderr)


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The handbook's own site, built once per test run."""
    return build_site(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("site") / "site")


@pytest.fixture(scope="session")
def site(built: Build) -> Path:
    """The built site's folder; fails every dependent test if the build failed."""
    assert built.returncode == 0, built.output
    return built.site


CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    """One headless chromium for the whole run, driven by Playwright.

    Debian's chromium at /usr/bin/chromium by default. HANDBOOK_CHROMIUM overrides it:
    a path to another chromium, or ``playwright`` for the browser that
    ``playwright install chromium`` downloads (what the GitHub CI workflow uses).
    """
    from playwright.sync_api import sync_playwright  # noqa: PLC0415  # browser tests only

    choice = os.environ.get("HANDBOOK_CHROMIUM", "/usr/bin/chromium")
    executable = None if choice == "playwright" else choice
    if executable is not None and not Path(executable).is_file():
        pytest.fail(
            f"no chromium at {executable}: install Debian's (apt-get install "
            "chromium), or set HANDBOOK_CHROMIUM to a chromium binary, or to "
            "'playwright' after `playwright install chromium` (as CI on GitHub does)",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve `folder` over HTTP on 127.0.0.1 at a free port; yield the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
