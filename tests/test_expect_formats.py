"""Anti-pattern Dockerfiles and shell scripts: lint="expect:" with their codes."""

from __future__ import annotations

import re
from pathlib import Path

from test_engine import copy_handbook, run_pytest


def test_a_dockerfile_or_script_must_show_exactly_the_fault_it_names(
    tmp_path: Path,
) -> None:
    project = copy_handbook("expect-handbook", tmp_path)
    run = run_pytest(project, "docs", "-v")
    outcomes = dict(
        re.findall(r"^(docs/expect\.md::\d+) (PASSED|FAILED)", run.output, re.M)
    )
    assert outcomes == {
        "docs/expect.md::5": "PASSED",
        "docs/expect.md::12": "FAILED",
        "docs/expect.md::19": "FAILED",
    }, run.output
    assert (
        'docs/expect.md:12: lint="expect:DL3007" but the validator reports nothing '
        "(not reported: DL3007)"
    ) in run.output
    failure = run.output.split("_ docs/expect.md:19 _")[1].split("- handbook")[0]
    reported = re.findall(r"^docs/expect\.md:(\d+): shellcheck: (SC\d+)", failure, re.M)
    # The expected SC2086 (line 21) passes; what it did not name fails the block.
    assert reported == [("23", "SC2005"), ("23", "SC2006"), ("23", "SC2046")]
