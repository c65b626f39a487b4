"""End to end: hostile and broken pages fail alone, each naming its page and line.

The fixture handbooks in ``tests/fixtures/`` hold one block per way an example can
fail, or try to escape. Each is copied to a temporary folder and tested by pytest in
a subprocess, exactly as ``uv run pytest`` tests the handbook, without running
``handbook extract`` first (the engine checks what the pages say now).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from handbook.sandbox import probe_bwrap

ROOT = Path(__file__).parents[1]
FIXTURES = Path(__file__).parent / "fixtures"


@dataclass(frozen=True)
class Run:
    project: Path
    returncode: int
    output: str


def copy_handbook(name: str, destination: Path) -> Path:
    """A copy of a fixture handbook with the real pyproject.toml and conftest.py."""
    project = destination / name
    shutil.copytree(FIXTURES / name, project)
    shutil.copy(ROOT / "pyproject.toml", project)
    shutil.copy(ROOT / "conftest.py", project)
    for page in (project / "docs").rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        page.write_text(text.replace("@ROOT@", str(project)), encoding="utf-8")
    return project


def run_pytest(project: Path, *args: str, env: dict[str, str] | None = None) -> Run:
    result = subprocess.run(
        # Serial unless a test asks for workers: -v then prints one line per item.
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-rs",
            "-n",
            "0",
            *args,
        ],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
        env={**os.environ, "HANDBOOK_EXAMPLE_TIMEOUT": "3", **(env or {})},
    )
    return Run(project, result.returncode, result.stdout + result.stderr)


WHY_NO_SANDBOX = probe_bwrap()
needs_sandbox = pytest.mark.skipif(
    WHY_NO_SANDBOX is not None and os.environ.get("CI") != "true",
    reason=f"no OS sandbox here: {WHY_NO_SANDBOX}",
)


CHECKOUT_PAGE = ROOT / "docs" / "index.md"
"""The page the hostile block tries to append to, found as an attacker would."""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    project = copy_handbook("hostile-handbook", tmp_path_factory.mktemp("hostile"))
    before = CHECKOUT_PAGE.read_bytes()
    try:
        run = run_pytest(project, "docs", "-v")
        (project / "checkout-page-after").write_bytes(CHECKOUT_PAGE.read_bytes())
        yield run
    finally:
        # If the sandbox ever failed, the test below fails; the checkout is restored.
        if CHECKOUT_PAGE.read_bytes() != before:
            CHECKOUT_PAGE.write_bytes(before)


@needs_sandbox
def test_the_run_fails_and_still_reports_everything(hostile: Run) -> None:
    assert hostile.returncode == 1, hostile.output
    summary = re.search(r"(\d+) failed, (\d+) passed", hostile.output)
    assert summary is not None, hostile.output
    assert summary.groups() == ("12", "6"), hostile.output


@needs_sandbox
@pytest.mark.parametrize(
    "expected",
    [
        # False passes of the whole run
        "docs/exits.md:3: the example ended the interpreter with os._exit(0)",
        "docs/exits.md:19: KeyboardInterrupt",
        "docs/exits.md:22: the example did not finish in 3 s and was killed",
        "-#> 4",
        "docs/prints.md:8: the printed output differs from the #> lines",
        'docs/typing.md:3: lint="expect:reportMissingParameterType" but the linters',
        "also reported: ANN001, ANN201, reportUnknownParameterType",
        # No sandbox
        "docs/sandbox.md:9: OSError: [Errno 30] Read-only file system",
        "docs/sandbox.md:18: CalledProcessError",
        "[Errno 101] Network is unreachable",  # the child process's own error
        "docs/sandbox.md:25: OSError: [Errno 101] Network is unreachable",
        "The example tried to reach the network",
        "docs/sandbox.md:40: OSError: [Errno 101] Network is unreachable",
        # Collection
        "docs/unknown-language.md:3: no validator knows the language 'cobol'",
        # The tally, from the reports
        "handbook examples: 17 executed (17 in the OS sandbox, 0 not), 17 linted",
    ],
)
def test_each_failure_names_its_page_line_and_cause(
    hostile: Run, expected: str
) -> None:
    assert expected in hostile.output, hostile.output


@needs_sandbox
@pytest.mark.parametrize(
    "block",
    [
        "docs/exits.md::9",  # atexit cannot end the run early
        "docs/exits.md::31",  # blocks after an os._exit still run
        "docs/sandbox.md::28",  # the sandbox has loopback only
        "docs/leak-b.md::3",  # nothing the other page patched reaches this one
        "docs/fine.md::3",
    ],
)
def test_blocks_that_should_pass_do(hostile: Run, block: str) -> None:
    assert re.search(rf"^{re.escape(block)} PASSED", hostile.output, re.M), (
        hostile.output
    )


@needs_sandbox
def test_nothing_outside_the_sandbox_was_written(hostile: Run) -> None:
    after = (hostile.project / "checkout-page-after").read_bytes()
    assert b"defaced" not in after


@needs_sandbox
def test_update_examples_updates_the_snippet_not_the_page(tmp_path: Path) -> None:
    project = copy_handbook("hostile-handbook", tmp_path)
    page = (project / "docs" / "snippet.md").read_text(encoding="utf-8")
    run = run_pytest(project, "docs/snippet.md", "--update-examples")
    assert run.returncode == 0, run.output
    assert (project / "docs" / "snippet.md").read_text(encoding="utf-8") == page
    snippet = (project / "snippets" / "hello.py").read_text(encoding="utf-8")
    assert snippet == 'print("hello")\n#> hello\n'


@needs_sandbox
def test_the_tally_survives_xdist(hostile: Run) -> None:
    parallel = run_pytest(hostile.project, "docs", "-v", "-n", "2")
    tally = re.compile(r"handbook examples: .*")
    serial_tally = tally.search(hostile.output)
    parallel_tally = tally.search(parallel.output)
    assert serial_tally is not None
    assert parallel_tally is not None, parallel.output
    assert serial_tally[0].strip(" -") == parallel_tally[0].strip(" -")


def test_the_tally_names_blocks_run_outside_the_os_sandbox(tmp_path: Path) -> None:
    project = copy_handbook("hostile-handbook", tmp_path)
    run = run_pytest(project, "docs/fine.md", env={"HANDBOOK_SANDBOX": "off"})
    assert run.returncode == 0, run.output
    expected = "1 executed (0 in the OS sandbox, 1 not (HANDBOOK_SANDBOX=off))"
    assert expected in run.output, run.output
