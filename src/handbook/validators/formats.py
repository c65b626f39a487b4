"""The validators, one small function per format.

Each function takes the path of an extracted example file and returns its problems as
``line: message`` strings, using line numbers of that file (the caller maps them back
to the page). Tools are run from the same environment as the handbook.
"""

from __future__ import annotations

import configparser
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml

TOOL_TIMEOUT = 60


def toml(path: Path) -> list[str]:
    """Parse the file with `tomllib`."""
    try:
        tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        return [f"{_toml_line(error)}: invalid TOML: {error}"]
    return []


def pyproject(path: Path) -> list[str]:
    """Parse the file as TOML, then check it against the pyproject schema."""
    problems = toml(path)
    if problems:
        return problems
    return _run_tool(["validate-pyproject", str(path)], path)


def ruff_config(path: Path) -> list[str]:
    """Let ruff load the file as its configuration."""
    problems = toml(path)
    if problems:
        return problems
    return _run_tool(
        ["ruff", "check", "--config", str(path), "--show-settings", "-"], path
    )


def yaml_document(path: Path) -> list[str]:
    """Parse the file with PyYAML (every document in it)."""
    try:
        list(yaml.safe_load_all(path.read_text(encoding="utf-8")))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        return [f"{line}: invalid YAML: {error}"]
    return []


def github_workflow(path: Path) -> list[str]:
    """Check a workflow against its JSON schema, then audit it with zizmor offline."""
    problems = yaml_document(path) or _schema(path, "vendor.github-workflows")
    if problems:
        return problems
    return _run_tool(["zizmor", "--offline", "--no-progress", str(path)], path)


def dependabot(path: Path) -> list[str]:
    """Check a Dependabot configuration against its JSON schema."""
    return yaml_document(path) or _schema(path, "vendor.dependabot")


def compose(path: Path) -> list[str]:
    """Check a Compose file against the Compose specification's schema."""
    return yaml_document(path) or _schema(path, "vendor.compose-spec")


def pre_commit_config(path: Path) -> list[str]:
    """Let pre-commit validate the configuration."""
    return yaml_document(path) or _run_tool(
        ["pre-commit", "validate-config", str(path)], path
    )


def json_document(path: Path) -> list[str]:
    """Parse the file with `json`."""
    try:
        json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        return [f"{error.lineno}: invalid JSON: {error.msg}"]
    return []


def shell(path: Path) -> list[str]:
    """Run shellcheck (as bash unless the file has a shebang)."""
    return _run_tool(["shellcheck", "--shell=bash", "--format=gcc", str(path)], path)


def dockerfile(path: Path) -> list[str]:
    """Run hadolint."""
    return _run_tool(["hadolint", "--no-color", str(path)], path)


def makefile(path: Path) -> list[str]:
    """Ask GNU make to read the file and plan (not run) its default goal."""
    return _run_tool(["make", "--dry-run", "--file", str(path)], path, cwd=path.parent)


def justfile(path: Path) -> list[str]:
    """Let just parse the file."""
    return _run_tool(["just", "--justfile", str(path), "--dump"], path, cwd=path.parent)


def ini(path: Path) -> list[str]:
    """Parse the file with `configparser`."""
    return _parse_ini(path.read_text(encoding="utf-8"), str(path))


def editorconfig(path: Path) -> list[str]:
    """Parse an ``.editorconfig``: INI whose first lines have no section header."""
    text = "[preamble]\n" + path.read_text(encoding="utf-8")
    return _parse_ini(text, str(path), shift=1)


def _parse_ini(text: str, source: str, shift: int = 0) -> list[str]:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text, source=source)
    except configparser.Error as error:
        line = int(getattr(error, "lineno", 1 + shift)) - shift
        return [f"{line}: invalid INI: {error}"]
    return []


def markdown(path: Path) -> list[str]:
    """Read Markdown as the handbook reads a page: its fences and its rule headings.

    A Markdown example in the guide shows authors what to write, so it must be what the
    handbook accepts: a fence with an unknown setting or a rule without a level or a
    reason is reported with its line.
    """
    from handbook.blocks import PageError, parse_text  # noqa: PLC0415 - avoids a cycle
    from handbook.rules import rules_of  # noqa: PLC0415 - avoids a cycle

    text = path.read_text(encoding="utf-8")
    try:
        rules_of(parse_text(text, path.name, path.parent))
    except PageError as error:
        return [f"{error.line}: {str(error).split(': ', 1)[1]}"]
    return []


TREE_LINE = re.compile(r"^(?P<guides>(?:│   |    )*)(?:├── |└── )(?P<name>\S.*)$")


def tree(path: Path) -> list[str]:
    """Check that a drawn directory tree is well formed.

    The first line is the root; every other line is ``├── name`` or ``└── name``
    behind ``│   `` or four-space guides, at most one level deeper than the line above,
    and a ``└──`` closes its level. A comment may follow a name after ``#``.
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    body = [
        (number, line)
        for number, line in enumerate(lines, start=1)
        if line.strip() and not line.startswith("# ")
    ]
    if not body:
        return ["1: the tree is empty"]
    problems: list[str] = []
    closed: set[int] = set()
    depth = 0
    for number, line in body[1:]:
        match = TREE_LINE.match(line)
        if match is None:
            problems.append(f"{number}: not a tree line: {line!r}")
            continue
        level = len(match["guides"]) // 4 + 1
        if level > depth + 1:
            problems.append(f"{number}: jumps from depth {depth} to {level}")
        if level in closed:
            problems.append(f"{number}: follows a '└──' at the same depth")
        closed = {d for d in closed if d < level}
        if "└── " in line:
            closed.add(level)
        depth = level
    return problems


def _schema(path: Path, schema: str) -> list[str]:
    return _run_tool(["check-jsonschema", "--builtin-schema", schema, str(path)], path)


def _run_tool(command: list[str], path: Path, cwd: Path | None = None) -> list[str]:
    executable = Path(sys.executable).parent / command[0]
    program = str(executable) if executable.exists() else command[0]
    try:
        result = subprocess.run(  # noqa: S603 - a fixed tool on a file the handbook wrote
            [program, *command[1:]],
            capture_output=True,
            text=True,
            timeout=TOOL_TIMEOUT,
            cwd=cwd,
            input="" if command[-1] == "-" else None,
            check=False,
        )
    except FileNotFoundError:
        return [f"1: the tool {command[0]!r} is not installed"]
    except subprocess.TimeoutExpired:
        return [f"1: {command[0]} took more than {TOOL_TIMEOUT}s"]
    if result.returncode == 0:
        return []
    output = _without_traceback((result.stdout + result.stderr).strip())
    output = output or f"exit status {result.returncode}"
    return [f"{_first_line_number(output, path)}: {command[0]} reported:\n{output}"]


def _without_traceback(output: str) -> str:
    """Drop a Python traceback a tool printed after its message; keep its last line."""
    head, marker, tail = output.partition("Traceback (most recent call last):")
    if not marker:
        return output
    return (head.rstrip() + "\n" + tail.strip().splitlines()[-1]).strip()


def _first_line_number(output: str, path: Path) -> int:
    match = re.search(rf"{re.escape(path.name)}:(\d+)", output)
    return int(match[1]) if match else 1


def _toml_line(error: tomllib.TOMLDecodeError) -> int:
    match = re.search(r"line (\d+)", str(error))
    return int(match[1]) if match else 1
