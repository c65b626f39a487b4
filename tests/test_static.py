"""Whole-tree checks: examples/ is current; ruff and pyright strict pass on the tooling.

The examples themselves are linted and type-checked block by block, each failure at
its page and line (handbook.pytest_plugin), so they are not checked again here.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from handbook.extract import check_tree
from handbook.lint import ruff_binary
from handbook.project import Project


def test_examples_match_the_docs(project: Project) -> None:
    problems = check_tree(project.root, project.examples)
    assert not problems, (
        "examples/ does not match docs/; run `uv run handbook extract`:\n"
        + "\n".join(problems)
    )


# The examples are linted block by block, by their own tests.
@pytest.mark.parametrize("target", ["src", "tests", "benchmarks"])
def test_ruff_check(project: Project, target: str) -> None:
    result = subprocess.run(
        [ruff_binary(), "check", "--output-format=concise", target],
        cwd=project.root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout


def test_ruff_format_of_the_tooling(project: Project) -> None:
    result = subprocess.run(
        [
            ruff_binary(),
            "format",
            "--check",
            "src",
            "tests",
            "benchmarks",
            "conftest.py",
        ],
        cwd=project.root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout


def test_pyright_strict(project: Project) -> None:
    basedpyright = Path(sys.executable).parent / "basedpyright"
    result = subprocess.run(
        [str(basedpyright)],
        cwd=project.root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout


def test_the_lock_file_resolves_from_pypi_only(project: Project) -> None:
    """A fresh clone must install from the registry, never from this machine's disk."""
    lock = (project.root / "uv.lock").read_text(encoding="utf-8")
    sources = set(re.findall(r"source = \{ (\w+) = \"([^\"]+)\"", lock))
    assert sources == {("registry", "https://pypi.org/simple"), ("editable", ".")}
