"""``mkdocs build`` works with the ``docs`` dependency group alone: no ruff, no tests.

uv builds a throwaway environment holding the project and its ``docs`` group only
(``--no-default-groups --group docs --isolated``), offline, from the packages its cache
already holds from ``uv sync``, and the real site is built in it, strictly. No ruff may
be in reach: the environment has none, and every folder of PATH that holds one is left
out. Where uv's cache lacks a package of the group (a machine that never synced), the
test is skipped saying so, and fails instead when CI=true.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.timeout(300)

ROOT = Path(__file__).resolve().parents[1]
QUIET = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
"""mkdocs and Material keep their notices about their future to themselves."""
NO_RUFF = 99
"""The exit status of the build's shell when a ruff is in reach after all."""
OFFLINE_MISS = "Network connectivity is disabled, but the requested data wasn't found"
"""What uv says when UV_OFFLINE=1 and its cache lacks a package."""


def uv_binary() -> str | None:
    """The uv running this test run (``uv run`` exports it as UV), else PATH's."""
    return os.environ.get("UV") or shutil.which("uv")


def path_without_ruff(path: str) -> str:
    """`path` without the folders that hold a ruff executable."""
    kept = [
        folder
        for folder in path.split(os.pathsep)
        if folder and not (Path(folder) / "ruff").exists()
    ]
    return os.pathsep.join(kept)


def test_path_without_ruff_drops_only_the_folders_with_ruff(tmp_path: Path) -> None:
    with_ruff, without = tmp_path / "a", tmp_path / "b"
    with_ruff.mkdir()
    without.mkdir()
    (with_ruff / "ruff").touch()
    path = os.pathsep.join([str(with_ruff), str(without)])
    assert path_without_ruff(path) == str(without)


def test_the_site_builds_with_the_docs_group_alone(tmp_path: Path) -> None:
    uv = uv_binary()
    if uv is None:
        pytest.skip("uv is not installed: https://docs.astral.sh/uv/ (pip install uv)")
    site = tmp_path / "site"
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in {"VIRTUAL_ENV", "UV_PROJECT_ENVIRONMENT"}
    }
    env |= QUIET | {"UV_OFFLINE": "1", "PATH": path_without_ruff(env["PATH"])}
    # `uv run` puts the throwaway environment's bin first on PATH: a ruff installed
    # there, or left on PATH, makes the shell stop before the build.
    script = (
        f"! command -v ruff >/dev/null || exit {NO_RUFF}; "
        'exec mkdocs build --strict -d "$1"'
    )
    result = subprocess.run(
        [
            *(uv, "run", "--no-default-groups", "--group", "docs", "--isolated"),
            # This run's interpreter: the lock's packages for it are in the cache.
            *("--python", sys.executable),
            *("sh", "-c", script, "sh", str(site)),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    if result.returncode != 0 and OFFLINE_MISS in output:
        reason = (
            "uv's cache lacks a package of the docs group, so the docs-only "
            "environment cannot be made offline: run `uv sync --locked` once. uv said: "
            + " ".join(output.split())[-400:]
        )
        if os.environ.get("CI") == "true":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    assert result.returncode != NO_RUFF, f"ruff is in reach of the build:\n{output}"
    assert result.returncode == 0, output
    assert "WARNING" not in output, output
    # The rules that name a ruff code link to its rule's page, by name.
    page = (site / "pds" / "code-quality" / "index.html").read_text(encoding="utf-8")
    assert "https://docs.astral.sh/ruff/rules/" in page
