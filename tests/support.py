"""Helpers shared by the test modules: building a site, serving it, finding chromium.

They live here rather than in ``conftest.py`` so that a test module imports them by a
name that is its own (``from support import build_site``): the repository's root
``conftest.py`` would shadow ``from conftest import ...`` for the type checker.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Generator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler
from pathlib import Path

import pytest

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


CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


CHROMIUM_HINT = (
    "install Debian's (apt-get install chromium), or set HANDBOOK_CHROMIUM to a "
    "chromium binary, or to 'playwright' after `uv run playwright install chromium` "
    "(as CI on GitHub does)"
)


def chromium_choice() -> str | None:
    """The chromium binary the browser tests use; ``None`` for Playwright's own."""
    choice = os.environ.get("HANDBOOK_CHROMIUM", "/usr/bin/chromium")
    return None if choice == "playwright" else choice


@functools.cache
def missing_chromium() -> str | None:
    """What the browser tests lack and how to get it; ``None`` if nothing is missing."""
    executable = chromium_choice()
    if executable is None:
        from playwright.sync_api import sync_playwright  # noqa: PLC0415  # browser tests only

        with sync_playwright() as playwright:
            executable = playwright.chromium.executable_path
        if Path(executable).is_file():
            return None
        return (
            "HANDBOOK_CHROMIUM=playwright, but Playwright has no chromium at "
            f"{executable}: {CHROMIUM_HINT}"
        )
    if Path(executable).is_file():
        return None
    return f"no chromium at {executable}: {CHROMIUM_HINT}"


def require_chromium() -> None:
    """Skip a browser test where chromium is missing; fail it instead when CI=true.

    A newcomer's first ``uv run pytest`` passes without a browser, reporting these
    tests as skipped with the hint; CI (``.ci/run`` exports CI=true, and so does
    GitHub) must really run them.
    """
    problem = missing_chromium()
    if problem is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{problem} (CI=true: the browser tests must run)", pytrace=False)
    pytest.skip(problem)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@contextmanager
def serve(folder: Path) -> Generator[str]:
    """Serve `folder` over HTTP on 127.0.0.1 at a free port; yield the base URL."""
    # Imported here, not at the top: conftest.py imports this module, and a run that
    # loads conftest as a plugin (-p conftest, tests/test_no_browser.py) does so before
    # pytest has put benchmarks/ on the path (its pythonpath setting).
    from lighthouse import QuietServer  # noqa: PLC0415

    handler = functools.partial(_QuietHandler, directory=str(folder))
    httpd = QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


PUBLISH_FIXTURE = Path("tests/fixtures/publish-site")
"""The small site the publish and version tests deploy (it uses the real overrides/)."""


def _git(*args: str, cwd: Path, env: dict[str, str]) -> None:
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def publish_versions(tmp: Path) -> Path:
    """A checkout of gh-pages once the real publish command deployed three versions.

    The fixture site is committed to a runner clone of a bare repository in `tmp`, then
    published from the refs of v1.0.0, v2.0.0 (latest, the default) and main (dev).
    """
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
        ROOT / PUBLISH_FIXTURE,
        runner / PUBLISH_FIXTURE,
        ignore=shutil.ignore_patterns("site"),
    )
    _git("add", "--all", cwd=runner, env=env)
    _git("commit", "--quiet", "-m", "The fixture project", cwd=runner, env=env)
    publish = [sys.executable, "-m", "handbook.publish", "ref"]
    config = ["--config-file", str(PUBLISH_FIXTURE / "mkdocs.yml")]
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
    return site
