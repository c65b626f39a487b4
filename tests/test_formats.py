"""One test per non-Python block: the validator made for its format must accept it."""

from __future__ import annotations

from collections import Counter

import pytest

from handbook.extract import Example
from handbook.project import Project, current_project
from handbook.validators import validator_for, validator_name


def other_examples() -> list[Example]:
    return [ex for ex in current_project().examples if ex.language != "python"]


@pytest.mark.parametrize(
    "example", other_examples(), ids=lambda ex: ex.first.location.removeprefix("docs/")
)
def test_block_is_valid(
    example: Example, project: Project, tally: Counter[str]
) -> None:
    block = example.first
    if block.settings.skip_reason is not None:
        tally["skipped"] += 1
        pytest.skip(f"{block.location}: not validated: {block.settings.skip_reason}")
    validator = validator_for(block)
    if validator is None:
        pytest.fail(
            f"{block.location}: no validator understands a {block.language!r} block "
            f"titled {block.settings.title!r}; register one in handbook.validators or "
            'mark the block test="skip" reason="..."',
            pytrace=False,
        )
    problems = validator(project.root / example.path)
    tally["validated"] += 1
    if problems:
        located: list[str] = []
        for problem in problems:
            line, _, message = problem.partition(": ")
            page_line = example.locate(int(line))[1] if line.isdigit() else block.line
            located.append(
                f"{block.page}:{page_line}: {validator_name(validator)}: {message}"
            )
        pytest.fail("\n".join(located), pytrace=False)
