"""The checks behind the validators: parsers run in-process and tools run in batches.

A *parser* reads one file in-process (``tomllib``, PyYAML, ``json``...) and returns what
it read, or its problems. A *tool check* takes every file that one external tool must
see and runs the tool once over all of them (``make`` and ``just`` take one file per
process), then reads the tool's report back into findings per file. Lines are those of
the extracted file; the caller maps them to the page.

Every external program is started through `run_tool`, so a test can watch what runs.
"""

from __future__ import annotations

import ast
import configparser
import json
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, cast

import yaml
import yaml.nodes

from handbook.formats import SYSTEM_TOOLS
from handbook.sandbox import SandboxError, confined

TOOL_TIMEOUT = 120
"""Seconds one run of a tool may take, over all its files."""


@dataclass(frozen=True)
class Target:
    """One extracted file to validate."""

    key: str
    """The caller's name for it (e.g. ``page.md:line``); findings come back by key."""
    path: Path
    """The extracted file, in a temporary tree; external tools read it from here."""
    language: str
    """The block's language, canonical (`handbook.formats.canonical_language`)."""
    title: str | None
    """The block's ``title="..."`` setting."""
    content: str
    """The text of `path`; the in-process parsers read this instead of the file."""


@dataclass(frozen=True, order=True)
class Finding:
    """One problem in one file."""

    line: int
    """The line of the extracted file; 1 when the tool gives none."""
    tool: str
    """What found it: ``shellcheck``, ``PyYAML``, ``check-jsonschema``..."""
    message: str
    missing_tool: bool = False
    """The finding only says that a tool from the system (`SYSTEM_TOOLS`) is missing."""


@dataclass(frozen=True)
class Parsed:
    """A target that its format's parser accepted, with what the parser read."""

    target: Target
    kind: str | None
    """The name of its `handbook.formats.Kind`, or None for a plain file."""
    data: object
    """The parsed content (a TOML table, the list of YAML documents...), or None."""


Findings = dict[str, list[Finding]]
"""Findings by `Target.key`."""


class ToolError(Exception):
    """A tool could not be run at all (missing, timed out); the message says which."""


class MissingToolError(ToolError):
    """A tool that is not installed; `package` names the Debian package with it."""

    def __init__(self, message: str, tool: str, package: str | None) -> None:
        """Say what is missing (`message`), which tool, and its Debian package."""
        super().__init__(message)
        self.tool = tool
        self.package = package


@dataclass(frozen=True)
class ToolRun:
    """What one run of a tool printed and how it ended."""

    returncode: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        """Both streams, stripped."""
        return (self.stdout.strip() + "\n" + self.stderr.strip()).strip()


def run_tool(
    command: Sequence[str], *, cwd: Path | None = None, confine: bool = False
) -> ToolRun:
    """Run a tool of the handbook's environment and capture what it prints.

    Args:
        command: The tool's name (looked up beside the running Python first, then on
            ``PATH``) and its arguments.
        cwd: The working directory; the caller's when None.
        confine: Run it in the OS sandbox, writing only to `cwd` and with no
            network (`handbook.sandbox.confined`): for a tool that may run what the
            file says (``make --dry-run`` expands ``$(shell ...)``).

    Returns:
        The exit status and output.

    Raises:
        ToolError: When the tool is not installed or runs out of time.
    """
    name = command[0]
    beside = Path(sys.executable).parent / name
    program = str(beside) if beside.exists() else shutil.which(name)
    if program is None:
        package = SYSTEM_TOOLS.get(name)
        hint = f" (on Debian: apt-get install {package})" if package else ""
        msg = f"the tool {name!r} is not installed{hint}"
        raise MissingToolError(msg, name, package)
    argv = [program, *command[1:]]
    if confine:
        try:
            argv = confined(argv, cwd or Path.cwd())
        except SandboxError as error:
            raise ToolError(str(error)) from None
    try:
        result = subprocess.run(  # noqa: S603 - a fixed tool on files the handbook wrote
            argv,
            capture_output=True,
            text=True,
            timeout=TOOL_TIMEOUT,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except FileNotFoundError:
        msg = f"the tool {name!r} could not be started"
        raise ToolError(msg) from None
    except subprocess.TimeoutExpired:
        msg = f"{name} took more than {TOOL_TIMEOUT}s"
        raise ToolError(msg) from None
    return ToolRun(result.returncode, result.stdout, result.stderr)


# --- parsers: one file, in-process --------------------------------------------------

ParseResult = tuple[object, list[Finding]]


def read_nothing(target: Target) -> ParseResult:
    """The parser of a format only its tool reads (shell, Dockerfile...)."""
    del target
    return None, []


def parse_toml(target: Target) -> ParseResult:
    """Parse the file with `tomllib`."""
    try:
        return tomllib.loads(target.content), []
    except tomllib.TOMLDecodeError as error:
        line = _line_in(str(error))
        return None, [Finding(line, "tomllib", f"invalid TOML: {error}")]


class StrictLoader(yaml.SafeLoader):
    """PyYAML's safe loader, except that a key given twice in one mapping is an error.

    PyYAML keeps the last value of a repeated key without a word; a configuration with
    one then means something other than it says. Keys merged in with ``<<`` may still be
    overridden, as YAML intends.
    """

    def construct_mapping(
        self, node: yaml.MappingNode, deep: bool = False
    ) -> dict[Hashable, Any]:
        """Refuse a repeated key, naming its line and the line of its first use."""
        first_line: dict[object, int] = {}
        pairs = cast("list[tuple[yaml.nodes.Node, yaml.nodes.Node]]", node.value)
        for key_node, _ in pairs:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = cast("object", self.construct_object(key_node, deep=True))  # pyright: ignore[reportUnknownMemberType]
            line = int(key_node.start_mark.line) + 1
            try:
                earlier = first_line.setdefault(key, line)
            except TypeError:  # an unhashable key: the base class says so
                continue
            if earlier != line:
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    f"found duplicate key {key!r} (first given on line {earlier})",
                    key_node.start_mark,
                )
        return super().construct_mapping(node, deep=deep)


def load_yaml(text: str) -> list[object]:
    """Every document of `text`, read with `StrictLoader`."""
    return list(yaml.load_all(text, Loader=StrictLoader))


def parse_yaml(target: Target) -> ParseResult:
    """Parse the file with PyYAML (every document in it), refusing duplicate keys."""
    try:
        return load_yaml(target.content), []
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = int(getattr(mark, "line", 0)) + 1
        return None, [Finding(line, "PyYAML", f"invalid YAML: {error}")]


def yaml_shape(documents: object) -> str | None:
    """The kind a YAML file is shaped like: a workflow, an action, rules or None.

    A workflow is a mapping with top-level ``on`` (which YAML 1.1, and so PyYAML,
    reads as the boolean true) and ``jobs``; an action is a mapping whose ``runs``
    says what it is ``using`` (``composite``, ``docker``, ``node20``...); Prometheus
    rules (``prometheus-rules``) are a mapping whose only key is ``groups``, a list of
    groups that each hold ``rules``.
    """
    if not isinstance(documents, list):
        return None
    docs = cast("list[object]", documents)
    if len(docs) != 1 or not isinstance(docs[0], dict):
        return None
    document = cast("dict[object, object]", docs[0])
    if "jobs" in document and (True in document or "on" in document):
        return "workflow"
    groups = document.get("groups")
    if set(document) == {"groups"} and isinstance(groups, list):
        entries = cast("list[object]", groups)
        if entries and all(
            isinstance(group, dict) and "rules" in group for group in entries
        ):
            return "prometheus-rules"
    runs = document.get("runs")
    if isinstance(runs, dict) and isinstance(
        cast("dict[object, object]", runs).get("using"), str
    ):
        return "action"
    return None


def parse_sql(target: Target) -> ParseResult:
    """Execute the file in an empty in-memory SQLite database, statement by statement.

    ``ATTACH`` is refused by an authorizer, so a block can create nothing on disk; a
    failing statement is reported at the line it starts on.
    """
    connection = sqlite3.connect(":memory:")
    connection.set_authorizer(_no_attach)
    statement, start = "", 1
    try:
        for number, line in enumerate(target.content.splitlines(keepends=True), 1):
            if not statement.strip():
                statement, start = "", number
            statement += line
            if not sqlite3.complete_statement(statement):
                continue
            try:
                connection.executescript(statement)
            except sqlite3.Error as error:
                return None, [Finding(start, "sqlite3", f"{error}")]
            statement = ""
        if statement.strip():
            message = "the last statement does not end with a semicolon"
            return None, [Finding(start, "sqlite3", message)]
    finally:
        connection.close()
    return None, []


def _no_attach(action: int, *_: object) -> int:
    return sqlite3.SQLITE_DENY if action == sqlite3.SQLITE_ATTACH else sqlite3.SQLITE_OK


def parse_json(target: Target) -> ParseResult:
    """Parse the file with `json`."""
    try:
        return json.loads(target.content), []
    except json.JSONDecodeError as error:
        return None, [Finding(error.lineno, "json", f"invalid JSON: {error.msg}")]


def parse_ini(target: Target) -> ParseResult:
    """Parse the file with `configparser`."""
    return None, _parse_ini(target.content, str(target.path))


def parse_editorconfig(target: Target) -> ParseResult:
    """Parse an ``.editorconfig``: INI whose first lines have no section header."""
    return None, _parse_ini("[preamble]\n" + target.content, str(target.path), shift=1)


def _parse_ini(text: str, source: str, shift: int = 0) -> list[Finding]:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text, source=source)
    except configparser.Error as error:
        line = getattr(error, "lineno", None)
        if line is None and isinstance(error, configparser.ParsingError):
            line = error.errors[0][0] if error.errors else None
        number = max(int(line or 1 + shift) - shift, 1)
        if isinstance(error, configparser.ParsingError) and error.errors:
            text = str(ast.literal_eval(error.errors[0][1]))  # kept as its repr
            message = f"cannot read {text.strip()!r}"
        else:
            message = str(error).replace(source, "the file")
        return [Finding(number, "configparser", f"invalid INI: {message}")]
    return []


def parse_markdown(target: Target) -> ParseResult:
    """Read Markdown as the handbook reads a page: its fences and its rule headings.

    A Markdown example in the guide shows authors what to write, so it must be what the
    handbook accepts: a fence with an unknown setting or a rule without a level or a
    reason is reported with its line.
    """
    from handbook.blocks import PageError, parse_text  # noqa: PLC0415 - avoids a cycle
    from handbook.rules import rules_of  # noqa: PLC0415 - avoids a cycle

    path = target.path
    try:
        rules_of(parse_text(target.content, path.name, _snippets_beside(path)))
    except PageError as error:
        return None, [Finding(error.line, "handbook", str(error).split(": ", 1)[1])]
    return None, []


TREE_LINE = re.compile(r"^(?P<guides>(?:│   |    )*)(?:├── |└── )(?P<name>\S.*)$")


def parse_tree(target: Target) -> ParseResult:
    """Check that a drawn directory tree is well formed.

    The first line is the root; every other line is ``├── name`` or ``└── name``
    behind ``│   `` or four-space guides, at most one level deeper than the line above,
    and a ``└──`` closes its level. A comment may follow a name after ``#``.
    """
    body = [
        (number, line)
        for number, line in enumerate(target.content.splitlines(), start=1)
        if line.strip() and not line.startswith("# ")
    ]
    if not body:
        return None, [Finding(1, "tree", "the tree is empty")]
    problems: list[Finding] = []
    closed: set[int] = set()
    depth = 0
    for number, line in body[1:]:
        match = TREE_LINE.match(line)
        if match is None:
            problems.append(Finding(number, "tree", f"not a tree line: {line!r}"))
            continue
        level = len(match["guides"]) // 4 + 1
        if level > depth + 1:
            problems.append(
                Finding(number, "tree", f"jumps from depth {depth} to {level}")
            )
        if level in closed:
            problems.append(
                Finding(number, "tree", "follows a '└──' at the same depth")
            )
        closed = {d for d in closed if d < level}
        if "└── " in line:
            closed.add(level)
        depth = level
    return None, problems


# --- tool checks: many files, one run -----------------------------------------------


def validate_pyproject(items: Sequence[Parsed]) -> Findings:
    """Check each parsed ``pyproject.toml`` against its schema.

    validate-pyproject's command line does not say which file an error belongs to, so
    its API is used instead: one validator, built once, checks every file in-process.
    """
    validator = _pyproject_validator()
    findings: Findings = {}
    for item in items:
        try:
            validator(cast("dict[str, Any]", item.data))
        except ValueError as error:  # fastjsonschema's errors are ValueErrors
            name = str(getattr(error, "name", "")).strip("`").removeprefix("data.")
            keys = [part for part in re.sub(r"\[\d+\]", "", name).split(".") if part]
            line = toml_key_line(item.target.content, keys)
            finding = Finding(line, "validate-pyproject", str(error))
            findings[item.target.key] = [finding]
    return findings


@cache
def _pyproject_validator() -> Any:  # noqa: ANN401 - validate-pyproject's own type
    from validate_pyproject import api  # noqa: PLC0415 - only the test run needs it

    return api.Validator()


TOML_KEY = r"""(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')"""
TOML_TABLE = re.compile(rf"^\[\[?\s*(?P<key>{TOML_KEY}(?:\s*\.\s*{TOML_KEY})*)\s*\]")
TOML_PAIR = re.compile(rf"^(?P<key>{TOML_KEY}(?:\s*\.\s*{TOML_KEY})*)\s*=")


def toml_key_line(text: str, keys: Sequence[str]) -> int:
    """The line that defines the deepest prefix of the dotted key `keys` in a TOML text.

    Enough for reports: ``["project", "version"]`` finds ``version = ...`` under
    ``[project]``, or ``[project]`` itself when the key is missing.
    """
    table: list[str] = []
    best_depth, best_line = 0, 1
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        header = TOML_TABLE.match(line)
        pair = None if header else TOML_PAIR.match(line)
        if header:
            table = _toml_key_parts(header["key"])
            key = table
        elif pair:
            key = table + _toml_key_parts(pair["key"])
        else:
            continue
        if len(key) > best_depth and list(keys[: len(key)]) == key:
            best_depth, best_line = len(key), number
    return best_line


def _toml_key_parts(key: str) -> list[str]:
    return [part.strip("\"'") for part in re.findall(TOML_KEY, key)]


def ruff_settings(items: Sequence[Parsed]) -> Findings:
    """Let ruff load each ``ruff.toml``, and each ``pyproject.toml`` with a ruff table.

    Each file is placed as the configuration of its own folder and ruff is run once
    over all the folders. Ruff stops at the first configuration it cannot load and
    names it; that file gets the finding and ruff runs again over the rest, so a run
    with N broken files takes N + 1 runs, and a clean run one.
    """
    chosen = [item for item in items if item.kind == "ruff" or _has_ruff_table(item)]
    findings: Findings = {}
    with tempfile.TemporaryDirectory(prefix="handbook-ruff-") as tmp:
        remaining: dict[str, Parsed] = {}
        for number, item in enumerate(chosen):
            folder = Path(tmp, str(number))
            folder.mkdir()
            name = "pyproject.toml" if item.kind == "pyproject" else "ruff.toml"
            shutil.copyfile(item.target.path, folder / name)
            (folder / "example.py").write_text("", encoding="utf-8")
            remaining[str(folder / name)] = item
        while remaining:
            folders = [str(Path(config).parent) for config in remaining]
            result = run_tool(
                ["ruff", "check", "--no-cache", "--exit-zero", "--quiet", *folders],
                cwd=Path(tmp),
            )
            if result.returncode == 0:
                break
            output = result.output or f"exit status {result.returncode}"
            culprit = next((config for config in remaining if config in output), None)
            if culprit is None:
                for item in remaining.values():
                    findings[item.target.key] = [Finding(1, "ruff", output)]
                break
            item = remaining.pop(culprit)
            message = output.replace(culprit, str(item.target.path))
            line = _ruff_line(message, item.target.content)
            findings[item.target.key] = [Finding(line, "ruff", message)]
    return findings


def _has_ruff_table(item: Parsed) -> bool:
    data = item.data
    if not isinstance(data, dict):
        return False
    tool = cast("dict[str, object]", data).get("tool")
    return isinstance(tool, dict) and "ruff" in cast("dict[str, object]", tool)


def _ruff_line(message: str, content: str) -> int:
    at = re.search(r"at line (\d+)", message)
    if at:
        return int(at[1])
    selector = re.search(r"Unknown rule selector `([^`]+)`", message)
    if selector:
        for number, line in enumerate(content.splitlines(), start=1):
            if selector[1] in line:
                return number
    return 1


def check_schema(schema: str, items: Sequence[Parsed]) -> Findings:
    """Check YAML files against one of check-jsonschema's builtin schemas, in one run.

    The report gives each error as a JSON path (``$.jobs.build.steps``); the line is
    that of the deepest key or item of the path found in the file.
    """
    by_argument = {str(item.target.path.absolute()): item for item in items}
    result = run_tool(
        [
            "check-jsonschema",
            "--builtin-schema",
            schema,
            "--default-filetype",
            "yaml",
            "--output-format",
            "json",
            *by_argument,
        ]
    )
    tool = "check-jsonschema"
    try:
        report = cast("dict[str, Any]", json.loads(result.stdout))
    except json.JSONDecodeError:
        return _unattributed(result, items, tool, {})
    findings: Findings = {}
    for error in cast("list[dict[str, Any]]", report.get("errors", [])):
        item = by_argument.get(str(error.get("filename")))
        if item is None:
            continue
        path, message = str(error.get("path", "$")), str(error.get("message"))
        text = f"{schema}: {path}: {message}"
        deep = cast("dict[str, Any] | None", error.get("best_deep_match"))
        if deep:
            path = str(deep.get("path", path))
            text += f"; best match: {path}: {deep.get('message')}"
        line = yaml_path_line(item.target.content, path)
        findings.setdefault(item.target.key, []).append(Finding(line, tool, text))
    for error in cast("list[dict[str, Any]]", report.get("parse_errors", [])):
        item = by_argument.get(str(error.get("filename")))
        if item is not None:
            message = str(error.get("message"))
            findings.setdefault(item.target.key, []).append(Finding(1, tool, message))
    return _unattributed(result, items, tool, findings)


JSON_PATH_STEP = re.compile(
    r"\.(?P<name>[A-Za-z][A-Za-z0-9_]*)|\[(?P<index>\d+)\]|\['(?P<quoted>(?:[^'\\]|\\.)*)'\]"
)


def yaml_path_line(text: str, path: str) -> int:
    """The line of the deepest node of the JSON path `path` (``$.a[0]['b-c']``) found.

    Returns:
        The 1-based line of that key or item; 1 when not even the first step is found.
    """
    try:
        node = cast(
            "yaml.nodes.Node | None",
            yaml.compose(text, Loader=StrictLoader),  # pyright: ignore[reportUnknownMemberType]
        )
    except yaml.YAMLError:
        return 1
    line = 1
    for step in JSON_PATH_STEP.finditer(path.removeprefix("$")):
        if isinstance(node, yaml.nodes.SequenceNode) and step["index"] is not None:
            children = cast("list[yaml.nodes.Node]", node.value)
            index = int(step["index"])
            if index >= len(children):
                break
            node = children[index]
            line = int(node.start_mark.line) + 1
        elif isinstance(node, yaml.nodes.MappingNode) and step["index"] is None:
            name = step["name"] or re.sub(r"\\(.)", r"\1", step["quoted"] or "")
            pairs = cast("list[tuple[yaml.nodes.Node, yaml.nodes.Node]]", node.value)
            found = [(k, v) for k, v in pairs if k.value == name]
            if not found:
                break
            key, node = found[0]
            line = int(key.start_mark.line) + 1
        else:
            break
    return line


def zizmor(items: Sequence[Parsed]) -> Findings:
    """Audit workflows and actions with zizmor, offline, in one run.

    zizmor tells an action from a workflow by its file name, so each action is copied
    to a folder of its own as ``action.yml``. A file zizmor does not audit (it could not
    read it as a workflow or an action) is a finding too: a silent skip would pass it.
    """
    findings: Findings = {}
    with tempfile.TemporaryDirectory(prefix="handbook-zizmor-") as tmp:
        by_argument: dict[str, Parsed] = {}
        for number, item in enumerate(items):
            if item.kind == "action":
                staged = Path(tmp, str(number), "action.yml")
                staged.parent.mkdir()
                shutil.copyfile(item.target.path, staged)
                by_argument[str(staged)] = item
            else:
                by_argument[str(item.target.path.absolute())] = item
        result = run_tool(
            [
                "zizmor",
                "--offline",
                "--no-config",
                "--no-progress",
                "--color",
                "never",
                "--format",
                "json",
                *by_argument,
            ]
        )
    try:
        report = cast("list[dict[str, Any]]", json.loads(result.stdout or "null"))
    except json.JSONDecodeError:
        report = None
    if not isinstance(report, list):
        return _unattributed(result, items, "zizmor", {})
    for finding in report:
        if finding.get("ignored"):
            continue
        for where, line, annotation in _zizmor_locations(finding):
            item = by_argument.get(where)
            if item is None:
                continue
            severity = finding.get("determinations", {}).get("severity", "?")
            message = (
                f"{finding.get('ident')} ({severity}): {finding.get('desc')}: "
                f"{annotation} ({finding.get('url')})"
            )
            findings.setdefault(item.target.key, []).append(
                Finding(line, "zizmor", message)
            )
    audited = set(re.findall(r"completed (\S.*?)\s*$", result.stderr, re.MULTILINE))
    warnings = [line.strip() for line in result.stderr.splitlines() if "WARN" in line]
    for argument, item in by_argument.items():
        mentioned = [line for line in warnings if argument in line]
        skipped = argument not in audited if audited else bool(mentioned)
        if skipped or (not audited and result.returncode not in {0, *range(10, 15)}):
            why = "\n".join(mentioned or warnings) or result.output
            message = f"zizmor did not audit the file: {why}"
            findings.setdefault(item.target.key, []).append(
                Finding(1, "zizmor", message.replace(argument, str(item.target.path)))
            )
    return findings


def _zizmor_locations(finding: Mapping[str, Any]) -> Iterable[tuple[str, int, str]]:
    """(input as given, line, annotation) of each primary location of a finding."""
    locations = cast("list[dict[str, Any]]", finding.get("locations", []))
    primary = [
        where for where in locations if _symbolic(where).get("kind") == "Primary"
    ]
    for where in primary or locations[:1]:
        symbolic = _symbolic(where)
        local = symbolic.get("key", {}).get("Local", {})
        row = where.get("concrete", {}).get("location", {}).get("start_point", {})
        yield (
            str(local.get("verbatim_path", "")),
            int(row.get("row", 0)) + 1,
            str(symbolic.get("annotation", "")),
        )


def _symbolic(location: Mapping[str, Any]) -> dict[str, Any]:
    return cast("dict[str, Any]", location.get("symbolic", {}))


def pre_commit(items: Sequence[Parsed]) -> Findings:
    """Let pre-commit validate every configuration in one run.

    Its report has a ``==> File <path>`` section per invalid file and gives no line.
    """
    by_argument = {str(item.target.path.absolute()): item for item in items}
    result = run_tool(
        ["pre-commit", "validate-config", "--color", "never", *by_argument]
    )
    findings: Findings = {}
    sections = re.split(r"^==> File (.+)$", result.output, flags=re.MULTILINE)
    for argument, body in zip(sections[1::2], sections[2::2], strict=True):
        item = by_argument.get(argument.strip())
        if item is not None:
            message = "\n".join(line for line in body.strip().splitlines() if line)
            findings[item.target.key] = [Finding(1, "pre-commit", message)]
    return _unattributed(result, items, "pre-commit", findings)


def shellcheck(items: Sequence[Parsed]) -> Findings:
    """Run shellcheck once over every shell file, as bash (they have no shebang)."""
    by_argument = {str(item.target.path.absolute()): item for item in items}
    result = run_tool(["shellcheck", "--shell=bash", "--format=json1", *by_argument])
    try:
        comments = cast("dict[str, Any]", json.loads(result.stdout))["comments"]
    except (json.JSONDecodeError, KeyError, TypeError):
        return _unattributed(result, items, "shellcheck", {})
    findings: Findings = {}
    for comment in cast("list[dict[str, Any]]", comments):
        item = by_argument.get(str(comment.get("file")))
        if item is not None:
            message = (
                f"SC{comment.get('code')} ({comment.get('level')}): "
                f"{comment.get('message')}"
            )
            findings.setdefault(item.target.key, []).append(
                Finding(int(comment.get("line", 1)), "shellcheck", message)
            )
    return _unattributed(result, items, "shellcheck", findings)


HADOLINT_FAILING = frozenset({"error", "warning", "info"})
"""The levels that fail hadolint's default run (``--failure-threshold info``)."""


def hadolint(items: Sequence[Parsed]) -> Findings:
    """Run hadolint once over every Dockerfile."""
    by_argument = {str(item.target.path.absolute()): item for item in items}
    result = run_tool(["hadolint", "--no-color", "--format", "json", *by_argument])
    try:
        report = cast("list[dict[str, Any]]", json.loads(result.stdout))
    except json.JSONDecodeError:
        return _unattributed(result, items, "hadolint", {})
    findings: Findings = {}
    for problem in report:
        item = by_argument.get(str(problem.get("file")))
        if item is not None and problem.get("level") in HADOLINT_FAILING:
            code, level = problem.get("code"), problem.get("level")
            message = f"{code} ({level}): {problem.get('message')}"
            findings.setdefault(item.target.key, []).append(
                Finding(int(problem.get("line", 1)), "hadolint", message)
            )
    return _unattributed(result, items, "hadolint", findings)


def promtool(items: Sequence[Parsed]) -> Findings:
    """Run ``promtool check rules`` once over every rules file.

    promtool is not on PyPI: Debian's ``prometheus`` package installs it.
    """
    by_argument = {str(item.target.path.absolute()): item for item in items}
    result = run_tool(["promtool", "check", "rules", *by_argument])
    # The problems go to stderr, each led by the path of its file; the lines after one
    # (``line 6: field foo not found``) belong to the same file.
    findings: Findings = {}
    current: Parsed | None = None
    for raw in result.stderr.splitlines():
        text = raw.strip()
        path, colon, rest = text.partition(": ")
        if colon and path in by_argument:
            current, text = by_argument[path], rest
        if current is None or text in {"", "FAILED:"}:
            continue
        at = re.match(r"(\d+):\d+: ", text)
        line_number = int(at[1]) if at else _line_in(text)
        findings.setdefault(current.target.key, []).append(
            Finding(line_number, "promtool", text)
        )
    return _unattributed(result, items, "promtool", findings)


def make(items: Sequence[Parsed]) -> Findings:
    """Ask GNU make to read each file and plan (not run) its default goal."""
    return _one_file_each(
        items, "make", ["make", "--dry-run", "--file"], [], confine=True
    )


def just(items: Sequence[Parsed]) -> Findings:
    """Let just parse each file."""
    return _one_file_each(items, "just", ["just", "--justfile"], ["--dump"])


def _one_file_each(
    items: Sequence[Parsed],
    tool: str,
    before: list[str],
    after: list[str],
    *,
    confine: bool = False,
) -> Findings:
    findings: Findings = {}
    for item in items:
        path = item.target.path.absolute()
        result = run_tool(
            [*before, str(path), *after], cwd=path.parent, confine=confine
        )
        if result.returncode != 0:
            output = _without_traceback(result.output) or f"exit {result.returncode}"
            line = _line_of(output, path)
            findings[item.target.key] = [Finding(line, tool, output)]
    return findings


def _unattributed(
    result: ToolRun, items: Sequence[Parsed], tool: str, findings: Findings
) -> Findings:
    """Give every file the tool's whole output when it failed and named none of them."""
    if result.returncode != 0 and not any(findings.values()):
        output = _without_traceback(result.output) or f"exit status {result.returncode}"
        return {item.target.key: [Finding(1, tool, output)] for item in items}
    return findings


def _without_traceback(output: str) -> str:
    """Drop a Python traceback a tool printed after its message; keep its last line."""
    head, marker, tail = output.partition("Traceback (most recent call last):")
    if not marker:
        return output
    return (head.rstrip() + "\n" + tail.strip().splitlines()[-1]).strip()


def _line_of(output: str, path: Path) -> int:
    match = re.search(rf"{re.escape(path.name)}:(\d+)", output)
    return int(match[1]) if match else 1


def _line_in(message: str) -> int:
    match = re.search(r"line (\d+)", message)
    return int(match[1]) if match else 1


def _snippets_beside(path: Path) -> Path:
    """The ``snippets/`` folder of the tree an extracted file lives in, if any.

    An example of page source may include a snippet; it is read from the handbook's
    own ``snippets/`` (copied beside ``examples/`` in the test run's plan).
    """
    for folder in path.parents:
        if (folder / "snippets").is_dir() and (folder / "examples").is_dir():
            return folder / "snippets"
    return path.parent
