"""Lint and format-check every Python example with one ruff call each.

Running ruff once over ``examples/`` is far cheaper than once per block; the findings
are then handed to each block's test, mapped back to the page and line a reader sees.

Each file's findings depend only on that file, the project's settings and the tools'
versions, so `lint_plan` keeps them in a cache folder (pytest's cache) keyed by all of
those: a run lints only the files that changed since a run before it, and parallel
test workers lint each file once between them (a file lock serialises the work).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Generator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, cast

PRINT_OUTPUT = re.compile(r"^([ \t]*)#> ", re.MULTILINE)
HIDDEN_OUTPUT = re.compile(r"^([-+ ][ \t]*)# > ", re.MULTILINE)
HUNK = re.compile(r"^@@ -(?P<start>\d+)(?:,(?P<count>\d+))? ", re.MULTILINE)


@dataclass(frozen=True)
class Finding:
    """One ruff diagnostic in an example file."""

    code: str
    line: int
    message: str


@dataclass
class LintReport:
    """What ruff said about each example file, keyed by path relative to the root."""

    findings: dict[str, list[Finding]] = field(default_factory=dict[str, list[Finding]])
    format_diffs: dict[str, str] = field(default_factory=dict[str, str])
    """Files ruff format would change, with the unified diff it would apply."""
    typing: dict[str, list[Finding]] = field(default_factory=dict[str, list[Finding]])
    """Pyright's strict findings per file (for `lint_plan`: every file)."""

    def findings_between(self, path: str, first: int, last: int) -> list[Finding]:
        """Findings of `path` on lines `first` to `last` inclusive."""
        return [f for f in self.findings.get(path, []) if first <= f.line <= last]

    def format_lines(self, path: str) -> list[tuple[int, int]]:
        """Line ranges of `path` that ruff format would change."""
        diff = self.format_diffs.get(path)
        if diff is None:
            return []
        ranges: list[tuple[int, int]] = []
        for hunk in HUNK.finditer(diff):
            start = int(hunk["start"])
            count = int(hunk["count"]) if hunk["count"] is not None else 1
            ranges.append((start, start + max(count, 1) - 1))
        return ranges


def ruff_binary() -> str:
    """The ruff installed beside this interpreter, else the one on PATH."""
    beside = Path(sys.executable).parent / "ruff"
    return str(beside) if beside.exists() else "ruff"


def lint_examples(root: Path, paths: list[str]) -> LintReport:
    """Run ``ruff check`` and ``ruff format --diff`` over `paths`, once each."""
    report = LintReport()
    if not paths:
        return report
    check = _ruff(root, ["check", "--output-format=json", *paths])
    for path, finding in _parse_findings(check.stdout, root):
        report.findings.setdefault(path, []).append(finding)
    report.format_diffs = _format_diffs(root, paths)
    return report


def _parse_findings(output: str, root: Path) -> list[tuple[str, Finding]]:
    parsed: list[tuple[str, Finding]] = []
    for item in cast("list[dict[str, object]]", json.loads(output or "[]")):
        filename = Path(str(item["filename"]))
        if filename.is_absolute():
            filename = filename.resolve().relative_to(root.resolve())
        location = cast("dict[str, int]", item["location"])
        finding = Finding(
            code=str(item["code"] or "syntax-error"),
            line=location["row"],
            message=str(item["message"]),
        )
        parsed.append((filename.as_posix(), finding))
    return parsed


def _format_diffs(root: Path, paths: list[str]) -> dict[str, str]:
    """Run ``ruff format --diff`` on copies whose ``#>`` lines read ``# >``.

    ruff format puts a space after every ``#``, which would turn the print-output lines
    into ``# >``; the copies hide them from it.
    """
    diffs: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for path in paths:
            copy = Path(scratch, path)
            copy.parent.mkdir(parents=True, exist_ok=True)
            text = (root / path).read_text(encoding="utf-8")
            copy.write_text(PRINT_OUTPUT.sub(r"\1# > ", text), encoding="utf-8")
        config = ["--config", str(root / "pyproject.toml")]
        # A file that does not parse makes ruff format exit 2 but still diff the others;
        # ruff check reports the syntax error at its block.
        formatted = _ruff(
            Path(scratch), ["format", "--diff", *config, *paths], parse_errors_ok=True
        )
    for chunk in re.split(r"^(?=--- )", formatted.stdout, flags=re.MULTILINE):
        header = re.match(r"--- (\S+)", chunk)
        if header:
            diffs[Path(header[1]).as_posix()] = HIDDEN_OUTPUT.sub(r"\1#> ", chunk)
    return diffs


RUFF_DIRECTIVE = re.compile(r"^# ruff: noqa: .*$", re.MULTILINE)
PYRIGHT_DIRECTIVE = re.compile(r"^# pyright: .*$", re.MULTILINE)


def _ruff(
    root: Path,
    arguments: list[str],
    stdin: str | None = None,
    *,
    parse_errors_ok: bool = False,
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(  # noqa: S603 - ruff on the handbook's own files
        [ruff_binary(), *arguments],
        cwd=root,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    if (
        parse_errors_ok
        and result.returncode == 2  # noqa: PLR2004 - ruff's exit status for errors
        and errors
        and all(line.startswith("error: Failed to parse ") for line in errors)
    ):
        return result
    if result.returncode not in {0, 1}:
        msg = f"ruff {arguments[0]} failed ({result.returncode}):\n{result.stderr}"
        raise RuntimeError(msg)
    return result


def lint_plan(  # noqa: PLR0913 - the plan, and what to lift in which of its files
    plan: Path,
    root: Path,
    paths: list[str],
    anti_patterns: list[str],
    typed_paths: list[str],
    *,
    cache: Path | None = None,
) -> LintReport:
    """Ruff, ruff format and pyright strict over the plan of ``examples/``.

    `plan` is a temporary tree holding the files the pages produce now (and a copy of
    the project's pyproject.toml, so ruff reads the same settings). Each tool runs
    once over all of it. The plan is the handbook's own copy, so the header that
    exempts an anti-pattern's expected codes (needed only for the committed
    ``examples/``) is lifted first: each block's test sees its fault really reported.
    Files in `typed_paths` have their ``# pyright:`` exemption lifted the same way.

    With a `cache` folder, a file whose text, settings and tools are unchanged since
    an earlier run is not linted again: its findings come from the cache.
    """
    for path in anti_patterns:
        _lift(plan / path, RUFF_DIRECTIVE)
    for path in typed_paths:
        _lift(plan / path, PYRIGHT_DIRECTIVE)
    if cache is None:
        return _lint_now(plan, root, paths)
    cache.mkdir(parents=True, exist_ok=True)
    keys = _cache_keys(plan, root, paths)
    with _locked(cache / "lock"):
        report = LintReport()
        missing = [
            path for path in paths if not _read_cached(cache, keys[path], report, path)
        ]
        if missing:
            fresh = _lint_now(plan, root, missing)
            for path in missing:
                _write_cached(cache, keys[path], fresh, path)
                _read_cached(cache, keys[path], report, path)
    return report


def _lint_now(plan: Path, root: Path, paths: list[str]) -> LintReport:
    report = lint_examples(plan, paths)
    report.typing = pyright_plan(plan, root, paths)
    return report


def _cache_keys(plan: Path, root: Path, paths: list[str]) -> dict[str, str]:
    """A key per file: its path and text, the settings, the tools and the Python."""
    setting = hashlib.sha256()
    setting.update((root / "pyproject.toml").read_bytes())
    for tool in (ruff_binary(), str(Path(sys.executable).parent / "basedpyright")):
        found = Path(tool)
        stamp = found.stat().st_mtime_ns if found.exists() else 0
        setting.update(f"{tool}:{stamp}".encode())
    setting.update(sys.version.encode())
    base = setting.hexdigest()
    return {
        path: hashlib.sha256(
            f"{base}\0{path}\0".encode() + (plan / path).read_bytes()
        ).hexdigest()
        for path in paths
    }


@contextlib.contextmanager
def _locked(lock: Path) -> Generator[None]:
    with lock.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _entry(cache: Path, key: str) -> Path:
    return cache / key[:2] / f"{key}.json"


def _read_cached(cache: Path, key: str, report: LintReport, path: str) -> bool:
    entry = _entry(cache, key)
    try:
        data = cast("dict[str, Any]", json.loads(entry.read_text(encoding="utf-8")))
        findings = [Finding(**item) for item in data["findings"]]
        typing = [Finding(**item) for item in data["typing"]]
        diff = cast("str | None", data["format_diff"])
    except (OSError, ValueError, KeyError, TypeError):
        return False
    if findings:
        report.findings[path] = findings
    if typing:
        report.typing[path] = typing
    if diff is not None:
        report.format_diffs[path] = diff
    return True


def _write_cached(cache: Path, key: str, report: LintReport, path: str) -> None:
    entry = _entry(cache, key)
    entry.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "findings": [asdict(f) for f in report.findings.get(path, [])],
        "typing": [asdict(f) for f in report.typing.get(path, [])],
        "format_diff": report.format_diffs.get(path),
    }
    partial = entry.with_suffix(".tmp")
    partial.write_text(json.dumps(data), encoding="utf-8")
    partial.replace(entry)


def _lift(file: Path, directive: re.Pattern[str]) -> None:
    text = file.read_text(encoding="utf-8")
    file.write_text(directive.sub("#", text), encoding="utf-8")


def pyright_plan(plan: Path, root: Path, paths: list[str]) -> dict[str, list[Finding]]:
    """Basedpyright over `paths` of `plan`, configured as pyproject.toml configures it.

    The configuration is the project's ``[tool.basedpyright]`` table, with its
    ``include`` narrowed to the given files and the examples' execution environment
    kept; nothing about strictness is restated here.
    """
    if not paths:
        return {}
    with (root / "pyproject.toml").open("rb") as file:
        table = cast("dict[str, object]", tomllib.load(file)["tool"]["basedpyright"])
    config = {
        key: value
        for key, value in table.items()
        if key not in {"include", "exclude", "executionEnvironments"}
    }
    environments = cast(
        "list[dict[str, object]]", table.get("executionEnvironments", [])
    )
    config["include"] = paths
    config["executionEnvironments"] = [
        env for env in environments if env.get("root") == "examples"
    ]
    (plan / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    command = [
        str(Path(sys.executable).parent / "basedpyright"),
        "--outputjson",
        "--pythonpath",
        sys.executable,
        "--project",
        str(plan / "pyrightconfig.json"),
    ]
    result = subprocess.run(  # noqa: S603 - basedpyright on the plan the handbook wrote
        command, capture_output=True, text=True, check=False, cwd=plan
    )
    try:
        output = cast("dict[str, list[dict[str, object]]]", json.loads(result.stdout))
    except json.JSONDecodeError:
        msg = f"basedpyright gave no report ({result.returncode}):\n{result.stderr}"
        raise RuntimeError(msg) from None
    found: dict[str, list[Finding]] = {}
    base = plan.resolve()
    for item in output.get("generalDiagnostics", []):
        if item.get("severity") != "error":
            continue
        file = Path(str(item["file"])).resolve()
        if not file.is_relative_to(base):
            continue
        start = cast("dict[str, dict[str, int]]", item["range"])["start"]
        rule = str(item.get("rule") or "pyright")
        finding = Finding(rule, start["line"] + 1, str(item["message"]).split("\n")[0])
        found.setdefault(file.relative_to(base).as_posix(), []).append(finding)
    return found
