"""The README's table of the ``handbook`` command, against the command itself."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from support import ROOT

from handbook.cli import EXIT_PIPE_CLOSED, command_names


def test_the_readme_lists_every_subcommand() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The `handbook` command", 1)[1].split("\n## ", 1)[0]
    listed = re.findall(r"^\| `handbook (\w+)", section, re.MULTILINE)
    assert {"extract", "ledger", "snapshot", "publish"} <= set(command_names())
    assert sorted(listed) == command_names()


def test_output_whose_reader_went_away_ends_quietly() -> None:
    """``handbook rules | head -1`` once head has exited: no traceback, status 141."""
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line is written
    try:
        result = subprocess.run(
            [sys.executable, "-m", "handbook.cli", "rules"],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            cwd=ROOT,
        )
    finally:
        os.close(write)
    assert result.stderr == ""
    assert result.returncode == EXIT_PIPE_CLOSED
