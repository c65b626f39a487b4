"""One test per Python block of the docs: run it, check its prints, and lint it.

A failure names the page and line of the block, so an author goes straight to the
Markdown, not to the extracted copy.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
from pytest_examples import EvalExample

from handbook.blocks import Block
from handbook.extract import Example
from handbook.interpreters import find_interpreter
from handbook.lint import LintReport
from handbook.project import Project, current_project
from handbook.run_python import (
    ExampleFailedError,
    GroupState,
    run_in_process,
    run_in_subprocess,
)

EXAMPLE_TIMEOUT = 60


def python_blocks() -> list[tuple[Example, Block]]:
    """Every Python block, with the example file it belongs to, in page order."""
    return [
        (example, block)
        for example in current_project().examples
        if example.language == "python"
        for block in example.blocks
    ]


def block_id(case: tuple[Example, Block]) -> str:
    return case[1].location.removeprefix("docs/")


def lint_problems(example: Example, block: Block, report: LintReport) -> list[str]:
    """Ruff findings and formatting changes on this block's lines, as page lines."""
    span = next(s for s in example.spans if s.block is block)
    last = span.first_line + span.line_count - 1
    first = 1 if span is example.spans[0] else span.first_line
    findings = report.findings_between(example.path, first, last)
    expected = set(block.settings.expected_codes)
    problems: list[str] = []
    if expected:
        found = {finding.code for finding in findings}
        if any(code.startswith("report") for code in expected):
            found |= {f.code for f in report.typing.get(example.path, [])}
            found &= expected | {f.code for f in findings}
        if found != expected:
            problems.append(
                f'{block.location}: lint="expect:{",".join(sorted(expected))}" but '
                f"the linters report {', '.join(sorted(found)) or 'nothing'}"
            )
        findings = []
    problems.extend(
        f"{block.page}:{span.page_line(f.line)}: ruff {f.code} {f.message}"
        for f in findings
    )
    for start, end in report.format_lines(example.path):
        if start <= last and end >= first:
            problems.append(
                f"{block.location}: not formatted as ruff format would; "
                f"run `uv run ruff format {example.path}` and copy the result back:\n"
                f"{report.format_diffs[example.path]}"
            )
            break
    return problems


@pytest.mark.timeout(EXAMPLE_TIMEOUT)
@pytest.mark.parametrize("case", python_blocks(), ids=block_id)
def test_python_block(  # noqa: PLR0913, PLR0917 - pytest injects the fixtures
    case: tuple[Example, Block],
    project: Project,
    lint_report: LintReport,
    group_state: GroupState,
    eval_example: EvalExample,
    sandbox: Path,
    tally: Counter[str],
) -> None:
    example, block = case
    problems = lint_problems(example, block, lint_report)
    tally["linted"] += 1
    skip: str | None = block.settings.skip_reason
    needs = block.settings.requires
    if skip is None and needs and sys.version_info[:2] < needs:
        skip = run_newer(block, sandbox, problems)
    elif skip is None:
        run_here(block, project.root, eval_example, group_state, problems)
    if skip is None:
        tally["executed"] += 1
    else:
        tally["skipped"] += 1
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
    if skip is not None:
        pytest.skip(f"{block.location}: not executed: {skip}")


def run_here(
    block: Block,
    root: Path,
    evaluator: EvalExample,
    state: GroupState,
    problems: list[str],
) -> None:
    try:
        names = run_in_process(block, root, evaluator, state.before(block))
    except ExampleFailedError as error:
        problems.append(str(error))
    else:
        state.after(block, names)


def run_newer(block: Block, workdir: Path, problems: list[str]) -> str | None:
    """Run a block that needs a newer Python; return why it was skipped, if it was."""
    assert block.settings.requires is not None
    needed = ".".join(map(str, block.settings.requires))
    interpreter = find_interpreter(block.settings.requires)
    if interpreter is None:
        return f"needs Python {needed}+, and none is installed (linted only)"
    try:
        run_in_subprocess(block, interpreter, workdir)
    except ExampleFailedError as error:
        problems.append(str(error))
    return None
