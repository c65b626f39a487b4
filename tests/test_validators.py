"""Each validator accepts a good file and rejects a bad one, naming its line and tool.

All cases are validated together, in one `validate_all` call, as the engine does: the
findings of each file must still come back to that file. Other tests watch the tools
run: each batched tool once over all its files.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from handbook.sandbox import probe_bwrap, sandbox_mode
from handbook.validators import (
    Finding,
    Target,
    check_name,
    kind_of,
    validate_all,
)
from handbook.validators import formats as checks

WORKFLOW = (
    "name: ci\n"
    "on: push\n"
    "permissions: {}\n"
    "jobs:\n"
    "  a:\n"
    "    runs-on: ubuntu-latest\n"
    "    permissions: {}\n"
    "    steps:\n"
    "      - run: echo hi\n"
)
INJECTED_WORKFLOW = WORKFLOW.replace("on: push", "on: issues").replace(
    "echo hi", 'echo "${{ github.event.issue.title }}"'
)
COMPOSITE = (
    "name: greet\n"
    "description: say hello\n"
    "runs:\n"
    "  using: composite\n"
    "  steps:\n"
    '    - run: echo "$TITLE"\n'
    "      shell: bash\n"
    "      env:\n"
    "        TITLE: ${{ github.event.issue.title }}\n"
)
INJECTED_COMPOSITE = (
    "name: greet\n"
    "description: say hello\n"
    "runs:\n"
    "  using: composite\n"
    "  steps:\n"
    '    - run: echo "${{ github.event.issue.title }}"\n'
    "      shell: bash\n"
)
PRE_COMMIT = (
    "repos:\n"
    "  - repo: https://github.com/astral-sh/ruff-pre-commit\n"
    "    rev: v0.6.0\n"
    "    hooks:\n"
    "      - id: ruff\n"
)
DEPENDABOT = (
    "version: 2\n"
    "updates:\n"
    "  - package-ecosystem: pip\n"
    "    directory: /\n"
    "    schedule:\n"
    "      interval: weekly\n"
)
PYPROJECT = '[project]\nname = "a"\nversion = "1"\n'
RUFF_TOML = 'line-length = 100\n[lint]\nselect = ["E"]\n'
COMPOSE = "services:\n  web:\n    image: nginx:1.27\n"
RULES = (
    "groups:\n"
    "  - name: api\n"
    "    rules:\n"
    "      - alert: ManyErrors\n"
    '        expr: sum(rate(http_requests_total{code=~"5.."}[5m])) > 1\n'
    "        for: 10m\n"
)
SQL = (
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, total TEXT NOT NULL);\n"
    "INSERT INTO orders (total)\n"
    "VALUES ('9.99');\n"
)


@dataclass(frozen=True)
class Case:
    """A good and a bad file of one format or kind, and where the bad one fails."""

    name: str
    language: str
    title: str | None
    good: str
    bad: str
    line: int
    tool: str
    message: str


CASES = [
    Case("toml", "toml", None, "[tool]\nx = 1\n", "[tool\nx = 1\n", 1, "tomllib",
         "invalid TOML"),
    Case("pyproject", "toml", "pyproject.toml", PYPROJECT,
         '[project]\nname = "a"\nversion = 1\n', 3, "validate-pyproject",
         "`project.version` must be string"),
    Case("pyproject-ruff-table", "toml", "pyproject.toml",
         PYPROJECT + "\n[tool.ruff]\nline-length = 100\n",
         PYPROJECT + "\n[tool.ruff]\nline-lenght = 100\n", 5, "ruff",
         "unknown field `line-lenght`"),
    Case("ruff-toml", "toml", "ruff.toml", RUFF_TOML,
         RUFF_TOML.replace('"E"', '"NOPE999"'), 3, "ruff",
         "Unknown rule selector `NOPE999`"),
    Case("yaml", "yaml", None, "a: 1\n", "a: [1\n", 2, "PyYAML", "invalid YAML"),
    Case("yaml-duplicate-key", "yaml", None,
         "base: &b {a: 1}\nx:\n  <<: *b\n  a: 2\n",  # overriding a merged key is fine
         "a: 1\nb:\n  c: 1\n  c: 2\n", 4, "PyYAML",
         "found duplicate key 'c' (first given on line 3)"),
    Case("json", "json", None, '{"a": 1}\n', '{"a": }\n', 1, "json", "invalid JSON"),
    Case("shell", "bash", None, 'set -eu\necho "$1"\n', 'set -eu\necho "$1"\necho $2\n',
         3, "shellcheck", "SC2086"),
    Case("dockerfile", "dockerfile", None, 'FROM python:3.12-slim\nCMD ["python"]\n',
         "FROM python:3.12-slim AS base\nFROM python:latest\n", 2, "hadolint",
         "DL3007"),
    Case("makefile", "makefile", None, "all:\n\techo hi\n", "all:\n    echo hi\n", 2,
         "make", "missing separator"),
    Case("just", "just", None, "test:\n    echo hi\n",
         "test:\n    echo hi\n\nbad\n    echo x\n", 4, "just", "error"),
    Case("ini", "ini", None, "[a]\nb = 1\n", "[a]\nb = 1\nc\n", 3, "configparser",
         "cannot read 'c'"),
    Case("editorconfig", "ini", ".editorconfig",
         "root = true\n\n[*]\nindent_size = 4\n", "root = true\n[*\n", 2,
         "configparser", "invalid INI"),
    Case("tree", "text", "tree", "app\n├── src/\n│   └── app/\n└── tests/\n",
         "app\n├── src/\n│       └── deep/\n", 3, "tree", "jumps from depth 1 to 3"),
    Case("markdown", "markdown", None,
         "### Title {#PDS-ABC-001 .must}\n\n**Why:** a reason.\n",
         "### Title {#PDS-ABC-001 .must}\n\nNo reason given.\n", 1, "handbook",
         "rule PDS-ABC-001 has no paragraph starting with **Why:**"),
    Case("workflow-schema", "yaml", ".github/workflows/ci.yml", WORKFLOW,
         "name: ci\non: push\njobs:\n  a:\n    steps: 3\n", 5, "check-jsonschema",
         "$.jobs.a.steps: 3 is not of type 'array'"),
    Case("workflow-titled-ci-yml", "yaml", "ci.yml", WORKFLOW, INJECTED_WORKFLOW, 9,
         "zizmor", "template-injection"),
    Case("workflow-untitled", "yaml", None, WORKFLOW, INJECTED_WORKFLOW, 9, "zizmor",
         "template-injection"),
    Case("composite-action", "yaml", None, COMPOSITE, INJECTED_COMPOSITE, 6, "zizmor",
         "template-injection"),
    Case("action-titled", "yaml", "action.yml",
         "name: a\ndescription: d\nruns:\n  using: node20\n  main: index.js\n",
         "name: a\nruns:\n  using: node20\n  main: index.js\n", 1, "check-jsonschema",
         "'description' is a required property"),
    Case("pre-commit", "yaml", ".pre-commit-config.yaml", PRE_COMMIT,
         PRE_COMMIT.replace("    rev: v0.6.0\n", ""), 1, "pre-commit",
         "Missing required key: rev"),
    Case("dependabot", "yaml", ".github/dependabot.yml", DEPENDABOT,
         DEPENDABOT.replace("weekly", "sometimes"), 6, "check-jsonschema",
         "'sometimes' is not one of"),
    Case("sql", "sql", None, SQL, SQL.replace("'9.99'", "NULL"), 2, "sqlite3",
         "NOT NULL constraint failed: orders.total"),
    Case("sql-attach-refused", "sql", None, SQL,
         "ATTACH DATABASE 'escaped.db' AS outside;\n", 1, "sqlite3", "not authorized"),
    Case("prometheus-rules", "yaml", "alerts.rules.yml", RULES,
         RULES.replace("> 1", "> "), 5, "promtool", "could not parse expression"),
    Case("prometheus-rules-untitled", "yaml", None, RULES,
         RULES.replace("for: 10m", "for: 10m\n        severity: page"), 7,
         "promtool", "field severity not found"),
    Case("compose", "yaml", "compose.yaml", COMPOSE,
         COMPOSE.replace("nginx:1.27", "3"), 3, "check-jsonschema",
         "$.services.web.image: 3 is not of type 'string'"),
]  # fmt: skip


def write_targets(
    root: Path, files: Sequence[tuple[str, str, str | None, str]]
) -> list[Target]:
    """One target per (key, language, title, content), each in a folder of its own."""
    targets: list[Target] = []
    for number, (key, language, title, content) in enumerate(files):
        path = root / f"{number:02d}" / f"example.{language}"
        path.parent.mkdir(parents=True)
        path.write_text(content, encoding="utf-8")
        targets.append(Target(key, path, language, title, content))
    return targets


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Finding]]:
    """Every good and every bad file of `CASES`, validated in one call."""
    files = [(f"good:{c.name}", c.language, c.title, c.good) for c in CASES]
    files += [(f"bad:{c.name}", c.language, c.title, c.bad) for c in CASES]
    return validate_all(write_targets(tmp_path_factory.mktemp("cases"), files))


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_a_good_file_has_no_findings(
    case: Case, results: dict[str, list[Finding]]
) -> None:
    assert results[f"good:{case.name}"] == []


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_a_bad_file_is_reported_at_its_line_by_its_tool(
    case: Case, results: dict[str, list[Finding]]
) -> None:
    findings = results[f"bad:{case.name}"]
    matching = [
        f
        for f in findings
        if (f.line, f.tool) == (case.line, case.tool) and case.message in f.message
    ]
    assert matching, findings


def test_a_workflow_zizmor_cannot_read_is_reported_not_skipped(
    results: dict[str, list[Finding]],
) -> None:
    tools = {f.tool: f.message for f in results["bad:workflow-schema"]}
    assert "did not audit the file" in tools["zizmor"]


class Recorder:
    """Stands in for `run_tool`: records each command, then runs it for real."""

    def __init__(self) -> None:
        self.commands: list[list[str]] = []
        self.real = checks.run_tool

    def __call__(
        self, command: Sequence[str], *, cwd: Path | None = None, confine: bool = False
    ) -> checks.ToolRun:
        self.commands.append(list(command))
        return self.real(command, cwd=cwd, confine=confine)

    def runs_of(self, tool: str) -> list[list[str]]:
        return [command for command in self.commands if command[0] == tool]


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    recording = Recorder()
    monkeypatch.setattr(checks, "run_tool", recording)
    return recording


def test_each_batched_tool_runs_once_over_all_its_files(
    recorder: Recorder, tmp_path: Path
) -> None:
    n = 3
    good = {case.name: case for case in CASES}
    kinds = [
        "shell", "dockerfile", "makefile", "just", "pyproject-ruff-table", "ruff-toml",
        "workflow-schema", "composite-action", "pre-commit", "dependabot", "compose",
    ]  # fmt: skip
    files = [
        (f"{name}:{i}", good[name].language, good[name].title, good[name].good)
        for name in kinds
        for i in range(n)
    ]
    targets = write_targets(tmp_path, files)
    results = validate_all(targets)
    assert all(findings == [] for findings in results.values()), results

    def paths_of(name: str) -> set[str]:
        return {str(t.path.absolute()) for t in targets if t.key.startswith(f"{name}:")}

    for tool, name in [
        ("shellcheck", "shell"),
        ("hadolint", "dockerfile"),
        ("pre-commit", "pre-commit"),
    ]:
        (run,) = recorder.runs_of(tool)
        assert paths_of(name) <= set(run)
    schemas = {run[2]: set(run) for run in recorder.runs_of("check-jsonschema")}
    assert sorted(schemas) == [
        "vendor.compose-spec",
        "vendor.dependabot",
        "vendor.github-actions",
        "vendor.github-workflows",
    ]
    assert paths_of("workflow-schema") <= schemas["vendor.github-workflows"]
    assert paths_of("composite-action") <= schemas["vendor.github-actions"]
    assert paths_of("dependabot") <= schemas["vendor.dependabot"]
    assert paths_of("compose") <= schemas["vendor.compose-spec"]
    (zizmor,) = recorder.runs_of("zizmor")
    assert paths_of("workflow-schema") <= set(zizmor)
    assert sum(arg.endswith("/action.yml") for arg in zizmor) == n  # staged actions
    (ruff,) = recorder.runs_of("ruff")
    assert len([arg for arg in ruff if arg.startswith("/")]) == 2 * n  # one folder each
    assert len(recorder.runs_of("make")) == n
    assert len(recorder.runs_of("just")) == n
    assert recorder.runs_of("validate-pyproject") == []  # in-process, one validator


def test_ruff_runs_again_only_after_a_broken_config(
    recorder: Recorder, tmp_path: Path
) -> None:
    good, bad = RUFF_TOML, RUFF_TOML.replace('"E"', '"NOPE999"')
    files = [("a", "toml", "ruff.toml", good), ("b", "toml", "ruff.toml", bad)]
    files += [("c", "toml", "ruff.toml", good)]
    results = validate_all(write_targets(tmp_path, files))
    assert results["a"] == results["c"] == []
    assert [(f.line, f.tool) for f in results["b"]] == [(3, "ruff")]
    first, second = recorder.runs_of("ruff")
    assert len(second) == len(first) - 1


def test_a_tool_that_names_no_file_gives_each_file_its_whole_output(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken(command: Sequence[str], *, cwd: Path | None = None) -> checks.ToolRun:
        del cwd
        return checks.ToolRun(2, "", f"{command[0]}: internal error")

    monkeypatch.setattr(checks, "run_tool", broken)
    files = [("a", "bash", None, "echo hi\n"), ("b", "bash", None, "echo ho\n")]
    results = validate_all(write_targets(tmp_path, files))
    expected = [Finding(1, "shellcheck", "shellcheck: internal error")]
    assert results == {"a": expected, "b": expected}


def test_a_missing_tool_is_a_finding_not_a_pass(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(checks.sys, "executable", str(tmp_path / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    files = [("a", "dockerfile", None, "FROM python:3.12-slim\n")]
    results = validate_all(write_targets(tmp_path, files))
    assert results == {
        "a": [Finding(1, "hadolint", "the tool 'hadolint' is not installed")]
    }


def test_a_missing_system_tool_says_which_package_has_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setattr(checks.sys, "executable", str(tmp_path / "bin" / "python"))
    targets = write_targets(tmp_path, [("rules", "yaml", "a.rules.yml", RULES)])
    [finding] = validate_all(targets)["rules"]
    assert finding.missing_tool
    assert finding.message == (
        "the tool 'promtool' is not installed (on Debian: apt-get install prometheus)"
    )


@pytest.mark.skipif(
    (sandbox_mode() == "off" or probe_bwrap() is not None)
    and os.environ.get("CI") != "true",
    reason=f"needs bubblewrap's sandbox: {probe_bwrap() or 'HANDBOOK_SANDBOX=off'}",
)
def test_make_dry_run_expands_shell_calls_only_inside_the_sandbox(
    tmp_path: Path,
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    escaped = outside / "written-by-make"
    makefile = (
        f"STAMP := $(shell touch {escaped} && echo done)\nall:\n\techo $(STAMP)\n"
    )
    targets = write_targets(tmp_path / "plan", [("mk", "makefile", None, makefile)])
    assert validate_all(targets) == {"mk": []}
    assert not escaped.exists()


def test_a_check_that_crashes_fails_its_files_and_spares_the_others(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def crash(command: Sequence[str], *, cwd: Path | None = None) -> checks.ToolRun:
        del command, cwd
        raise RuntimeError("boom")

    monkeypatch.setattr(checks, "run_tool", crash)
    files = [("sh", "bash", None, "echo hi\n"), ("json", "json", None, "[1,]\n")]
    results = validate_all(write_targets(tmp_path, files))
    message = "the shellcheck check failed: RuntimeError('boom')"
    assert results["sh"] == [Finding(1, "shellcheck", message)]
    assert [(f.line, f.tool) for f in results["json"]] == [(1, "json")]


def test_the_engine_languages_and_repeated_keys_are_refused(tmp_path: Path) -> None:
    (python,) = write_targets(tmp_path / "p", [("a", "python", None, "x = 1\n")])
    with pytest.raises(ValueError, match="the engine runs python blocks"):
        validate_all([python])
    twice = write_targets(tmp_path / "t", [("a", "json", None, "1\n")] * 2)
    with pytest.raises(ValueError, match="share the key"):
        validate_all(twice)


def test_a_block_nothing_validates_says_so(tmp_path: Path) -> None:
    files = [("text", "text", None, "hello\n"), ("cobol", "cobol", None, "hello\n")]
    results = validate_all(write_targets(tmp_path, files))
    assert [(f.line, f.tool) for f in results["text"]] == [(1, "handbook")]
    assert "no validator understands a 'text' block" in results["text"][0].message
    assert "no validator knows the language 'cobol'" in results["cobol"][0].message


@pytest.mark.parametrize(
    ("title", "content", "kind"),
    [
        (".github/workflows/ci.yml", "a: 1\n", "workflow"),
        ("ci.yml", WORKFLOW, "workflow"),
        (None, '"on": push\njobs: {}\n', "workflow"),
        (None, COMPOSITE, "action"),
        ("action.yaml", "a: 1\n", "action"),
        ("mkdocs.yml", "site_name: x\nnav: []\n", None),
        (None, "jobs: {}\n", None),
        (None, "- on\n- jobs\n", None),
        (None, "a: [1\n", None),
        (None, RULES, "prometheus-rules"),
        (None, "groups: []\n", None),
        (None, RULES + "extra: 1\n", None),
    ],
)
def test_yaml_is_a_workflow_or_an_action_by_title_or_by_shape(
    title: str | None, content: str, kind: str | None
) -> None:
    found = kind_of("yml", title, content)
    assert (found.name if found else None) == kind


def test_check_names() -> None:
    assert check_name("toml", "pyproject.toml", "") == "pyproject"
    assert check_name("shell", None, "echo\n") == "shell"
    assert check_name("python", None, "x = 1\n") is None
    assert check_name("text", None, "x\n") is None


def test_yaml_paths_and_toml_keys_find_their_lines() -> None:
    text = "jobs:\n  a:\n    runs-on: x\n    steps:\n      - run: a\n      - run: b\n"
    paths = ["$.jobs.a['runs-on']", "$.jobs.a.steps[1].run", "$.jobs.a.missing.x"]
    assert [checks.yaml_path_line(text, path) for path in paths] == [3, 6, 2]
    toml = '[project]\nname = "a"\n\n[project.urls]\nhome = "x"\n'
    keys = [["project", "urls", "home"], ["project", "version"], ["tool"]]
    assert [checks.toml_key_line(toml, key) for key in keys] == [5, 1, 1]
