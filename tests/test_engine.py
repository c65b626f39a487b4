"""End to end: a page of broken examples fails, each with its page and line.

The fixture handbook in ``tests/fixtures/broken-handbook`` holds one block per way an
example can fail. It is copied next to the real test modules and run by pytest in a
subprocess, exactly as ``uv run pytest`` runs the handbook.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from handbook.cli import main

ROOT = Path(__file__).parents[1]
FIXTURE = Path(__file__).parent / "fixtures" / "broken-handbook"


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str]:
    project = tmp_path_factory.mktemp("broken") / "handbook"
    shutil.copytree(FIXTURE, project)
    shutil.copy(ROOT / "pyproject.toml", project)
    shutil.copy(ROOT / "conftest.py", project)
    (project / "tests").mkdir()
    for module in ("test_examples.py", "test_formats.py"):
        shutil.copy(ROOT / "tests" / module, project / "tests")
    assert main(["--root", str(project), "extract"]) == 0
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rs", "tests"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    return result.returncode, result.stdout + result.stderr


def test_the_run_fails(outcome: tuple[int, str]) -> None:
    assert outcome[0] == 1, outcome[1]


@pytest.mark.parametrize(
    "expected",
    [
        "docs/broken.md:7: ZeroDivisionError: division by zero",
        "docs/broken.md:12: Print output changed code",
        'docs/broken.md:19: lint="expect:B006" but the linters report nothing',
        "docs/broken.md:29: SocketConnectBlockedError",
        "The example tried to reach the network",
        "docs/broken.md:35: ruff F401 `os` imported but unused",
        "docs/broken.md:43: not executed: needs Python 3.99+, and none is installed",
        "docs/broken.md:49: pyproject: validate-pyproject reported:",
        "`project.version` must be string",
        "handbook examples: 7 executed, 8 linted, 1 validated, 1 skipped",
        "6 failed, 2 passed, 1 skipped",
    ],
)
def test_each_failure_names_its_page_and_line(
    outcome: tuple[int, str], expected: str
) -> None:
    assert expected in outcome[1], outcome[1]
