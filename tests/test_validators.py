"""Each validator accepts a good file and rejects a bad one, saying where."""

from __future__ import annotations

from pathlib import Path

import pytest

from handbook.validators import Validator, formats

CASES = [
    (formats.toml, "a.toml", "[tool]\nx = 1\n", "[tool\nx = 1\n", "1: invalid TOML"),
    (
        formats.pyproject,
        "pyproject.toml",
        '[project]\nname = "a"\nversion = "1"\n',
        '[project]\nname = "a"\nversion = 1\n',
        "`project.version` must be string",
    ),
    (formats.yaml_document, "a.yaml", "a: 1\n", "a: [1\n", "invalid YAML"),
    (formats.json_document, "a.json", '{"a": 1}\n', '{"a": }\n', "1: invalid JSON"),
    (formats.shell, "a.sh", 'echo "$1"\n', "echo $1\n", "SC2086"),
    (
        formats.dockerfile,
        "Dockerfile",
        'FROM python:3.12-slim\nCMD ["python"]\n',
        "FROM python:latest\n",
        "DL3007",
    ),
    (
        formats.makefile,
        "a.mk",
        "all:\n\techo hi\n",
        "all:\n    echo hi\n",
        "separator",
    ),
    (
        formats.justfile,
        "a.just",
        "test:\n    echo hi\n",
        "test\n    echo hi\n",
        "error",
    ),
    (formats.ini, "a.ini", "[a]\nb = 1\n", "b = 1\n", "invalid INI"),
    (
        formats.editorconfig,
        ".editorconfig",
        "root = true\n\n[*]\nindent_size = 4\n",
        "root = true\n[*\n",
        "invalid INI",
    ),
    (
        formats.tree,
        "tree.txt",
        "app\n├── src/\n│   └── app/\n└── tests/\n",
        "app\n├── src/\n│       └── deep/\n",
        "3: jumps from depth 1 to 3",
    ),
    (
        formats.markdown,
        "page.md",
        "### Title {#PDS-ABC-001 .must}\n\n**Why:** a reason.\n",
        "### Title {#PDS-ABC-001 .must}\n\nNo reason given.\n",
        "1: rule PDS-ABC-001 has no paragraph starting with **Why:**",
    ),
    (
        formats.github_workflow,
        "ci.yml",
        "name: ci\non: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n"
        "    permissions: {}\n    steps:\n      - run: echo hi\n",
        "name: ci\non: push\njobs:\n  a:\n    steps: 3\n",
        "check-jsonschema reported",
    ),
]


@pytest.mark.parametrize(
    ("validator", "name", "good", "bad", "message"),
    CASES,
    ids=[case[0].__name__ for case in CASES],
)
def test_validator(  # noqa: PLR0913, PLR0917 - one parameter per column of CASES
    validator: Validator,
    name: str,
    good: str,
    bad: str,
    message: str,
    tmp_path: Path,
) -> None:
    path = tmp_path / name
    path.write_text(good)
    assert validator(path) == []
    path.write_text(bad)
    problems = validator(path)
    assert problems
    assert message in "\n".join(problems)
