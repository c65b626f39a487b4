"""The pytest side of the handbook: fixtures for example tests and the run's tally.

Registered once, in the repository's ``conftest.py``. The tests in ``tests/``
parametrize over the project's blocks; this plugin gives them a sandbox (a temporary
directory, the network closed except loopback), the ruff report of all examples, and a
tally printed at the end of the run: how many examples were executed, linted, validated
and skipped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import pytest_socket

from handbook.lint import LintReport, lint_examples
from handbook.project import Project, current_project
from handbook.run_python import GroupState

TALLY = pytest.StashKey[Counter[str]]()
LOOPBACK = ["127.0.0.1", "::1", "localhost"]
TALLY_ORDER = ("executed", "linted", "validated", "skipped")


def pytest_configure(config: pytest.Config) -> None:
    """Start an empty tally."""
    config.stash[TALLY] = Counter()


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    """Say how many examples were executed, linted, validated and skipped."""
    tally = config.stash.get(TALLY, Counter[str]())
    if not tally:
        return
    counts = ", ".join(f"{tally[name]} {name}" for name in TALLY_ORDER)
    terminalreporter.write_sep("-", f"handbook examples: {counts}")


@pytest.fixture
def tally(request: pytest.FixtureRequest) -> Counter[str]:
    """The run's tally; a test adds one to ``executed``, ``linted``..."""
    return request.config.stash[TALLY]


@pytest.fixture(scope="session")
def project() -> Project:
    """The handbook the tests run in, parsed once."""
    return current_project()


@pytest.fixture(scope="session")
def lint_report(project: Project) -> LintReport:
    """Ruff's findings for every Python example, from one ruff call."""
    python = [ex for ex in project.examples if ex.language == "python"]
    typed = [
        ex.path
        for ex in python
        if any(code.startswith("report") for code in ex.first.settings.expected_codes)
    ]
    anti = [ex.path for ex in python if ex.first.settings.expected_codes]
    return lint_examples(project.root, [ex.path for ex in python], anti, typed)


@pytest.fixture(scope="session")
def group_state() -> GroupState:
    """Names shared by the blocks of each group, in page order."""
    return GroupState()


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A temporary working directory with the network closed except loopback."""
    monkeypatch.chdir(tmp_path)
    pytest_socket.socket_allow_hosts(LOOPBACK, allow_unix_socket=True)
    try:
        yield tmp_path
    finally:
        pytest_socket._remove_restrictions()  # pyright: ignore[reportPrivateUsage]
