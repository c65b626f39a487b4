"""A first run on a machine without chromium, and the same run in CI.

A tiny browser test, marked ``browser`` and using the ``chromium`` fixture of
tests/conftest.py, runs in its own pytest with HANDBOOK_CHROMIUM naming a binary that
is not there. Without CI it is skipped, with the install hint as the reason, and the run
passes; with CI=true (as ``.ci/run`` and GitHub set it) it fails the run, with the same
hint. Either way it is decided before the test's other fixtures do any work.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import CHROMIUM_HINT

TESTS = Path(__file__).parent

TINY = """\
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def expensive() -> None:
    Path("fixture-ran").write_text("a site was built for nothing")


def test_opens_a_page(expensive: None, chromium: object) -> None:
    assert chromium
"""


def run_tiny(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    """Run the tiny browser test with tests/conftest.py as its only plugin."""
    (tmp_path / "pytest.ini").write_text("[pytest]\nmarkers =\n    browser: chromium\n")
    (tmp_path / "test_tiny.py").write_text(TINY)
    env = {name: value for name, value in os.environ.items() if name != "CI"}
    env |= {
        "HANDBOOK_CHROMIUM": str(tmp_path / "no-chromium"),
        "PYTHONPATH": os.pathsep.join([str(TESTS), env.get("PYTHONPATH", "")]),
    }
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [
            *(
                sys.executable,
                "-m",
                "pytest",
                "-p",
                "conftest",
                "-p",
                "no:cacheprovider",
            ),
            *("-rA", "-q", "--strict-markers", "test_tiny.py"),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize("ci", [None, "false"])
def test_without_chromium_the_browser_tests_are_skipped_with_the_hint(
    tmp_path: Path, ci: str | None
) -> None:
    result = run_tiny(tmp_path, ci)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert output.strip().splitlines()[-1].startswith("1 skipped in "), output
    reason = f"no chromium at {tmp_path / 'no-chromium'}: {CHROMIUM_HINT}"
    skipped = [line for line in output.splitlines() if line.startswith("SKIPPED")]
    assert len(skipped) == 1, output
    assert skipped[0].endswith(f": {reason}"), output
    assert not (tmp_path / "fixture-ran").exists()


def test_in_ci_a_missing_chromium_fails_the_run_with_the_hint(tmp_path: Path) -> None:
    result = run_tiny(tmp_path, "true")
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    # pytest reports a test whose setup failed as an error: the run fails.
    assert output.strip().splitlines()[-1].startswith("1 error in "), output
    reason = (
        f"no chromium at {tmp_path / 'no-chromium'}: {CHROMIUM_HINT} "
        "(CI=true: the browser tests must run)"
    )
    assert f"ERROR test_tiny.py::test_opens_a_page - Failed: {reason}" in output, output
    assert not (tmp_path / "fixture-ran").exists()


def test_the_hint_says_how_to_get_a_browser() -> None:
    assert "apt-get install chromium" in CHROMIUM_HINT
    assert "HANDBOOK_CHROMIUM" in CHROMIUM_HINT
