"""The pytest side of the handbook: every block of every page is a test item.

Registered once, in the repository's ``conftest.py``. pytest collects ``docs/``
(``testpaths`` in pyproject.toml): each page is a collector and each block an item
whose id names the page and line (``docs/pds/testing.md::212``). A page that cannot
be parsed is one failing item naming its page and line; every other page still runs.

- Python blocks are linted, format-checked and type-checked as the pages say now (the
  plan of ``examples/`` written to a temporary tree, each tool run once over all of
  it), then executed in the sandbox (`handbook.sandbox`) and print-checked.
- Every other block goes to the validator of its format, also run once per tool.
- Notebooks are executed cell by cell in the sandbox and compared with their saved
  text outputs.

The run ends with a tally, gathered from the test reports so that it survives
pytest-xdist: how many blocks were executed (and how many in the OS sandbox),
linted, validated and skipped.
"""

from __future__ import annotations

import ast
import fcntl
import os
import re
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from handbook.blocks import Block, PageError
from handbook.console import (
    check_transcript,
    files_for,
    find_uv,
    missing_tools,
    transcript_of,
    updated_transcript,
    uv_cache_dir,
)
from handbook.extract import Example, check_tree
from handbook.interpreters import find_interpreter
from handbook.lint import Finding, LintReport, lint_plan
from handbook.notebooks import cell_line, check_notebook, lint_copy
from handbook.printcheck import Printed, differences, expected_code
from handbook.project import Project, find_root, load_tolerant
from handbook.sandbox import (
    DEFAULT_TIMEOUT,
    Outcome,
    Sandbox,
    SandboxError,
    Unit,
    current_interpreter,
)
from handbook.validators import ENGINE_LANGUAGES, Target, validate_all
from handbook.validators import Finding as ValidatorFinding

TALLY_ORDER = ("executed", "linted", "validated", "skipped")
PROPERTY = "handbook"
NO_WARM = frozenset({"this", "antigravity", "__future__", "__main__", "idlelib"})
SESSION = pytest.StashKey["HandbookSession"]()
COUNTS = pytest.StashKey[Counter[str]]()
NETWORK_HINT = (
    "The example tried to reach the network. Examples may use loopback only "
    "(127.0.0.1): use httpx.MockTransport, FastAPI's TestClient or SQLite instead."
)


class BlockError(Exception):
    """A block failed; the message names its page and line."""


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--update-examples`` rewrites the ``#>`` lines from what blocks print."""
    parser.getgroup("handbook").addoption(
        "--update-examples",
        action="store_true",
        default=False,
        help="rewrite the #> lines of the pages (or snippets) from the output",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Start an empty tally; the session's state is made when first needed."""
    counts = Counter[str]()
    config.stash[COUNTS] = counts
    config.pluginmanager.register(Tally(counts), "handbook-tally")


class Tally:
    """Counts each block once, from its report (xdist sends them to the controller)."""

    def __init__(self, counts: Counter[str]) -> None:
        """Count into `counts`, the run's tally."""
        self.counts = counts

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Add what a finished block's item recorded in its user properties."""
        if report.when == "call":
            for name, value in report.user_properties:
                if name == PROPERTY:
                    self.counts[str(value)] += 1


def pytest_unconfigure(config: pytest.Config) -> None:
    """Stop the sandbox workers and remove their scratch folders."""
    session = config.stash.get(SESSION, None)
    if session is not None:
        session.close()


def pytest_collect_file(
    file_path: Path, parent: pytest.Collector
) -> pytest.Collector | None:
    """Collect the pages and notebooks of the handbook's own ``docs/``."""
    if file_path.suffix not in {".md", ".ipynb"}:
        return None  # tests/*.py and the rest: no need to read the pages
    session = handbook_session(parent.config)
    if session is None or not file_path.is_relative_to(session.root / "docs"):
        return None
    if file_path.suffix == ".md":
        return PageFile.from_parent(parent, path=file_path)  # pyright: ignore[reportUnknownMemberType]
    if file_path.suffix == ".ipynb":
        return NotebookFile.from_parent(parent, path=file_path)  # pyright: ignore[reportUnknownMemberType]
    return None


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    """Say how many blocks were executed (and where), linted, validated, skipped."""
    counts = config.stash.get(COUNTS, Counter[str]())
    if not any(counts[name] for name in TALLY_ORDER):
        return
    executed = counts["executed"]
    inside = counts["sandbox:os"]
    outside = executed - inside
    where = f"{inside} in the OS sandbox, {outside} not"
    reasons = sorted(
        key.removeprefix("fallback:") for key in counts if key.startswith("fallback:")
    )
    if outside and reasons:
        where += f" ({'; '.join(reasons)})"
    parts = [f"{executed} executed ({where})"]
    parts += [f"{counts[name]} {name}" for name in TALLY_ORDER[1:]]
    terminalreporter.write_sep("-", "handbook examples: " + ", ".join(parts))


# --- the session's shared state ---------------------------------------------------


@dataclass
class HandbookSession:
    """What the items of one run share: the pages, the plan, tool reports, sandboxes."""

    root: Path
    project: Project
    update: bool
    lint_cache: Path | None = None
    """Where each example file's lint findings are kept between runs (pytest's cache;
    None under ``-p no:cacheprovider``)."""
    scratch: Path = field(
        default_factory=lambda: Path(tempfile.mkdtemp(prefix="handbook-"))
    )
    _lint: LintReport | None = None
    _validation: dict[str, list[ValidatorFinding]] | None = None
    _sandboxes: dict[tuple[Path, bool], Sandbox] = field(
        default_factory=dict[tuple[Path, bool], Sandbox]
    )
    _groups: dict[tuple[str, str], Outcome] = field(
        default_factory=dict[tuple[str, str], Outcome]
    )

    @property
    def plan(self) -> Path:
        """The examples the pages produce now, written once to a temporary tree."""
        tree = self.scratch / "plan"
        if not tree.exists():
            for example in self.project.examples:
                target = tree / example.path
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(example.content, encoding="utf-8")
            for rel, text in self.notebook_copies().items():
                target = tree / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
            shutil.copy(self.root / "pyproject.toml", tree / "pyproject.toml")
            if (self.root / "snippets").is_dir():
                shutil.copytree(self.root / "snippets", tree / "snippets")
        return tree

    def validation(self) -> dict[str, list[ValidatorFinding]]:
        """Every non-Python block's findings, each tool run once over all files."""
        if self._validation is None:
            targets = [
                Target(
                    key=ex.path,
                    path=self.plan / ex.path,
                    language=ex.language,
                    title=ex.first.settings.title,
                    content=ex.content,
                )
                for ex in self.project.examples
                if ex.language not in ENGINE_LANGUAGES
                and ex.first.settings.skip_reason is None
            ]
            self._validation = validate_all(targets)
        return self._validation

    def notebook_copies(self) -> dict[str, str]:
        """Each notebook's code as one Python file of the plan, by plan path."""
        copies: dict[str, str] = {}
        for notebook in sorted((self.root / "docs").rglob("*.ipynb")):
            rel, text, _ = lint_copy(notebook, self.root)
            copies[rel] = text
        return copies

    def lint(self) -> LintReport:
        """Ruff, ruff format and pyright over every Python file of the plan, once."""
        if self._lint is None:
            python = [ex for ex in self.project.examples if ex.language == "python"]
            anti = [ex.path for ex in python if ex.first.settings.expected_codes]
            typed = [
                ex.path
                for ex in python
                if any(c.startswith("report") for c in ex.first.settings.expected_codes)
            ]
            paths = [ex.path for ex in python] + list(self.notebook_copies())
            self._lint = lint_plan(
                self.plan, self.root, paths, anti, typed, cache=self.lint_cache
            )
        return self._lint

    def sandbox(self, interpreter: Path, *, console: bool = False) -> Sandbox:
        """The worker for `interpreter`, started on first use.

        Console transcripts get a worker of their own, the only one that may write to
        uv's cache (``uv lock`` offline needs it): Python blocks and notebooks never
        see that folder writable.
        """
        key = (interpreter, console)
        if key not in self._sandboxes:
            warm = self.warm_modules() if interpreter == current_interpreter() else ()
            uv = find_uv() if console else None
            sandbox = Sandbox(
                interpreter,
                self.scratch / f"sandbox-{len(self._sandboxes)}",
                warm=() if console else warm,
                path_extra=(str(Path(sys.executable).parent),)
                + ((str(uv.parent),) if uv is not None else ()),
                uv_cache=uv_cache_dir(uv) if uv is not None else None,
            )
            sandbox.start()
            self._sandboxes[key] = sandbox
        return self._sandboxes[key]

    def warm_modules(self) -> tuple[str, ...]:
        """The top-level modules the Python blocks import, for the worker to preload."""
        names: set[str] = set()
        for example in self.project.examples:
            if example.language != "python":
                continue
            try:
                tree = ast.parse(example.content)
            except SyntaxError:
                continue
            for node in tree.body:
                if isinstance(node, ast.Import):
                    names.update(alias.name.split(".")[0] for alias in node.names)
                elif (
                    isinstance(node, ast.ImportFrom) and node.module and not node.level
                ):
                    names.add(node.module.split(".")[0])
        return tuple(sorted(names - NO_WARM))

    def group_outcome(self, example: Example, sandbox: Sandbox) -> Outcome:
        """Run a group's blocks together, once; each block's item reads its part."""
        first = example.first
        key = (first.page, first.settings.group or f"line {first.line}")
        if key not in self._groups:
            self._groups[key] = run_blocks(self, example.blocks, sandbox)
        return self._groups[key]

    def close(self) -> None:
        """Stop the workers and delete the scratch folder."""
        for sandbox in self._sandboxes.values():
            sandbox.stop()
        shutil.rmtree(self.scratch, ignore_errors=True)


def handbook_session(config: pytest.Config) -> HandbookSession | None:
    """The session state, made on first use; None outside a handbook checkout."""
    session = config.stash.get(SESSION, None)
    if session is None:
        try:
            root = find_root(config.rootpath)
        except FileNotFoundError:
            return None
        cache: pytest.Cache | None = getattr(config, "cache", None)
        session = HandbookSession(
            root=root,
            project=load_tolerant(root),
            update=bool(config.getoption("update_examples", False)),
            lint_cache=cache.mkdir("handbook-lint") if cache is not None else None,
        )
        config.stash[SESSION] = session
    return session


def required_session(config: pytest.Config) -> HandbookSession:
    """The session state of a run that collected pages (so is in a handbook)."""
    session = handbook_session(config)
    if session is None:
        msg = "the handbook's items need a checkout with mkdocs.yml"
        raise pytest.UsageError(msg)
    return session


def run_blocks(
    session: HandbookSession, blocks: tuple[Block, ...], sandbox: Sandbox
) -> Outcome:
    """Execute blocks in order in one fresh sandboxed process."""
    units = [Unit(block.code, block.code_line) for block in blocks]
    filename = str(session.root / blocks[0].page)
    first = blocks[0].settings
    return sandbox.run_python(
        units, filename, timeout=example_timeout(), clock=first.clock, seed=first.seed
    )


def example_timeout() -> float:
    """Seconds a block (or a group) may run: ``HANDBOOK_EXAMPLE_TIMEOUT``, or 60."""
    raw = os.environ.get("HANDBOOK_EXAMPLE_TIMEOUT", "")
    try:
        return float(raw) if raw else DEFAULT_TIMEOUT
    except ValueError:
        msg = f"HANDBOOK_EXAMPLE_TIMEOUT={raw!r} is not a number of seconds"
        raise pytest.UsageError(msg) from None


# --- collectors and items ---------------------------------------------------------


class PageFile(pytest.File):
    """A page of ``docs/``: one item per block, or one failing item if it is broken."""

    def collect(self) -> Iterator[pytest.Item]:
        """Yield the page's blocks as items."""
        session = required_session(self.config)
        name = self.path.relative_to(session.root).as_posix()
        for error in session.project.errors:
            if error.page == name or str(error).startswith(f"{name}:"):
                yield PageErrorItem.from_parent(self, name="page", error=error)  # pyright: ignore[reportUnknownMemberType]
                return
        for example in session.project.examples:
            if example.first.page != name:
                continue
            for block in example.blocks:
                item_type = {"python": PythonItem, "console": ConsoleItem}.get(
                    block.language, FormatItem
                )
                yield item_type.from_parent(  # pyright: ignore[reportUnknownMemberType]
                    self, name=str(block.line), example=example, block=block
                )


class HandbookItem(pytest.Item):
    """An item of the handbook: its failure is its message, which says where."""

    def count(self, what: str) -> None:
        """Add to the run's tally (through the report, so xdist keeps it)."""
        self.user_properties.append((PROPERTY, what))

    def count_sandbox(self, sandbox: Sandbox) -> None:
        """Count where a block ran, and why not in the OS sandbox if it did not."""
        self.count(f"sandbox:{sandbox.kind}")
        if sandbox.kind != "os":
            self.count(f"fallback:{sandbox.reason}")

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: object = None,
    ) -> str:
        """The message of a block's failure alone; pytest's report for anything else."""
        if isinstance(excinfo.value, BlockError | SandboxError):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))  # pyright: ignore[reportArgumentType]


class PageErrorItem(HandbookItem):
    """A page that cannot be parsed: its error, as one failing test."""

    def __init__(self, *, error: PageError, **kwargs: Any) -> None:  # noqa: ANN401 - pytest's own keywords
        """Keep the error to report."""
        super().__init__(**kwargs)  # pyright: ignore[reportUnknownMemberType]
        self.error = error

    def runtest(self) -> None:
        """Fail with the page's error."""
        raise BlockError(str(self.error))

    def reportinfo(self) -> tuple[Path, int, str]:
        """Where the error is."""
        return self.path, self.error.line - 1, f"{self.error.page}:{self.error.line}"


class BlockItem(HandbookItem):
    """One block of a page."""

    def __init__(self, *, example: Example, block: Block, **kwargs: Any) -> None:  # noqa: ANN401 - pytest's own keywords
        """Keep the block and the example file it belongs to."""
        super().__init__(**kwargs)  # pyright: ignore[reportUnknownMemberType]
        self.example = example
        self.block = block
        if block.settings.group is not None:
            self.add_marker(
                pytest.mark.xdist_group(f"{block.page}:{block.settings.group}")
            )

    @property
    def session_state(self) -> HandbookSession:
        """The run's shared state."""
        return required_session(self.config)

    def reportinfo(self) -> tuple[Path, int, str]:
        """The block's page and line."""
        return self.path, self.block.line - 1, self.block.location


class PythonItem(BlockItem):
    """A Python block: lint, type-check, execute in the sandbox, check its prints."""

    def runtest(self) -> None:
        """Collect every problem of the block, then fail with all of them at once."""
        block = self.block
        problems = lint_problems(self.example, block, self.session_state.lint())
        self.count("linted")
        skip = block.settings.skip_reason
        if skip is None:
            skip = self.execute(problems)
        if skip is None:
            self.count("executed")
        else:
            self.count("skipped")
        if problems:
            raise BlockError("\n".join(problems))
        if skip is not None:
            pytest.skip(f"{block.location}: not executed: {skip}")

    def execute(self, problems: list[str]) -> str | None:
        """Run the block; add its problems; return why it was not run, if it was not."""
        block = self.block
        needs = block.settings.requires
        interpreter = current_interpreter()
        if needs is not None and sys.version_info[:2] < needs:
            found = find_interpreter(needs)
            if found is None:
                wanted = ".".join(map(str, needs))
                return f"needs Python {wanted}+, and none is installed (linted only)"
            interpreter = found
        sandbox = self.session_state.sandbox(interpreter)
        self.count_sandbox(sandbox)
        outcome = self.session_state.group_outcome(self.example, sandbox)
        problems.extend(outcome_problems(self.example, block, outcome, self))
        return None


VALIDATOR_CODE_IN = re.compile(r"(?:DL|SC)[0-9]{4}\b")
"""The hadolint or shellcheck code a finding's message starts with."""


def in_ci() -> bool:
    """Whether this is CI (``CI=true``): a missing tool fails there, not skips."""
    return os.environ.get("CI", "").lower() == "true"


class FormatItem(BlockItem):
    """A block of another format: the validator made for that format checks it.

    All of them are one xdist group: the validators run once over all the files, in
    the worker that runs these items, instead of once in every worker.
    """

    def __init__(self, *, example: Example, block: Block, **kwargs: Any) -> None:  # noqa: ANN401 - pytest's own keywords
        """The item of `block` (part of `example`), kept with the other validated."""
        super().__init__(example=example, block=block, **kwargs)
        if block.settings.group is None:
            self.add_marker(pytest.mark.xdist_group("handbook-validators"))

    def runtest(self) -> None:
        """Validate the block's file of the plan."""
        block = self.block
        if block.settings.skip_reason is not None:
            self.count("skipped")
            pytest.skip(
                f"{block.location}: not validated: {block.settings.skip_reason}"
            )
        findings = self.session_state.validation().get(self.example.path, [])
        if findings and all(f.missing_tool for f in findings) and not in_ci():
            self.count("skipped")
            reasons = "; ".join(sorted({f.message for f in findings}))
            pytest.skip(f"{block.location}: not validated: {reasons}")
        self.count("validated")
        expected = set(block.settings.expected_codes)
        if expected:
            findings = self.unexpected(findings, expected)
        if findings:
            raise BlockError("\n".join(self.located(f) for f in findings))

    def unexpected(
        self, findings: list[ValidatorFinding], expected: set[str]
    ) -> list[ValidatorFinding]:
        """The findings of an anti-pattern block that it does not expect.

        Raises:
            BlockError: When an expected code is not reported at all.
        """
        coded = {f: VALIDATOR_CODE_IN.match(f.message) for f in findings}
        found = {match[0] for match in coded.values() if match is not None}
        missing = sorted(expected - found)
        if missing:
            block = self.block
            shown = ", ".join(sorted(found)) or "nothing"
            msg = (
                f'{block.location}: lint="expect:{",".join(sorted(expected))}" but '
                f"the validator reports {shown} (not reported: {', '.join(missing)})"
            )
            raise BlockError(msg)
        return [f for f, m in coded.items() if m is None or m[0] not in expected]

    def located(self, finding: ValidatorFinding) -> str:
        """A finding at the page line that shows it (or the snippet's own line)."""
        block = self.block
        if block.from_snippet is not None:
            line = finding.line - (self.example.spans[0].first_line - 1)
            return (
                f"snippets/{block.from_snippet}:{max(line, 1)} (included at "
                f"{block.location}): {finding.tool}: {finding.message}"
            )
        page_line = self.example.locate(finding.line)[1]
        return f"{block.page}:{page_line}: {finding.tool}: {finding.message}"


class ConsoleItem(BlockItem):
    """A console transcript: its commands run in the sandbox, their output compared."""

    def runtest(self) -> None:
        """Run the commands in a folder of the page's titled files; judge each one."""
        block = self.block
        state = self.session_state
        if block.settings.skip_reason is not None:
            self.count("skipped")
            pytest.skip(f"{block.location}: not run: {block.settings.skip_reason}")
        page = next(page for page in state.project.pages if page.path == block.page)
        try:
            transcript = transcript_of(block)
            files = files_for(page.blocks)
        except PageError as error:
            raise BlockError(str(error)) from None
        sandbox = state.sandbox(current_interpreter(), console=True)
        missing = missing_tools(transcript, sandbox.environment()["PATH"])
        if missing:
            lacking = f"{block.location}: needs {', '.join(missing)}"
            if in_ci():
                raise BlockError(f"{lacking} (CI=true: every transcript must run)")
            self.count("skipped")
            pytest.skip(f"{lacking}, which this machine lacks")
        self.count("executed")
        self.count_sandbox(sandbox)
        outcome = sandbox.run_shell(
            transcript.scripts, files, timeout=example_timeout()
        )
        crash = outcome.crash()
        ended = f"failed: {crash['type']}: {crash['message']}" if crash else None
        problems = check_transcript(
            transcript, outcome.commands(), ended or outcome.ended
        )
        if problems and state.update and crash is None:
            new_code = updated_transcript(
                block.code, transcript, block.code_line, outcome.commands()
            )
            if new_code is not None:
                rewrite_block(state.root, block, new_code)
                return
        if problems:
            raise BlockError("\n".join(problems))


class NotebookFile(pytest.File):
    """A notebook of ``docs/``: executed cell by cell in the sandbox."""

    def collect(self) -> Iterator[pytest.Item]:
        """One item for the whole notebook: its cells share their names."""
        yield NotebookItem.from_parent(self, name="cells")  # pyright: ignore[reportUnknownMemberType]


class NotebookItem(HandbookItem):
    """Run a notebook's code cells in order; compare their text outputs."""

    def runtest(self) -> None:
        """Execute the cells as a notebook would (a last expression is shown)."""
        state = required_session(self.config)
        sandbox = state.sandbox(current_interpreter())
        problems = notebook_lint_problems(self.path, state)
        problems += check_notebook(self.path, state.root, sandbox)
        self.count("executed")
        self.count_sandbox(sandbox)
        if problems:
            raise BlockError("\n".join(problems))

    def reportinfo(self) -> tuple[Path, int, str]:
        """The notebook."""
        return self.path, 0, self.path.name


def notebook_lint_problems(path: Path, state: HandbookSession) -> list[str]:
    """Ruff, format and pyright findings of a notebook, by cell and line."""
    rel, _, starts = lint_copy(path, state.root)
    report = state.lint()
    name = path.relative_to(state.root).as_posix()
    problems: list[str] = []
    found = [("ruff", f) for f in report.findings.get(rel, [])]
    found += [("pyright", f) for f in report.typing.get(rel, [])]
    for tool, finding in found:
        cell, line = cell_line(starts, finding.line)
        problems.append(
            f"{name}: cell {cell}, line {line}: {tool} {finding.code} {finding.message}"
        )
    if report.format_lines(rel):
        problems.append(
            f"{name}: not formatted as ruff format would:\n{report.format_diffs[rel]}"
        )
    return problems


# --- what an outcome means for a block --------------------------------------------


def outcome_problems(
    example: Example, block: Block, outcome: Outcome, item: BlockItem
) -> list[str]:
    """The block's failures in a (group's) outcome: raised, ended, or printed wrong."""
    position = example.blocks.index(block)
    units = outcome.units()
    crash = outcome.crash()
    if crash is not None:
        return [
            f"{block.location}: the sandbox failed: {crash['type']}: {crash['message']}"
        ]
    if position >= len(units):
        earlier = [u for u in units if "error" in u]
        if earlier:
            failed = example.blocks[int(earlier[0]["index"])]
            return [f"{block.location}: not run: {failed.location} of its group failed"]
        ended = outcome.ended or "ended without reporting"
        text = f"{block.location}: the example {ended}"
        if outcome.output.strip():
            text += f"\nIts output:\n{outcome.output.strip()}"
        return [text]
    unit = units[position]
    problems: list[str] = []
    error = unit.get("error")
    if error is not None:
        line = int(error["line"]) or block.line
        text = f"{block.page}:{line}: {error['type']}: {error['message']}"
        if error.get("network"):
            text += "\n" + NETWORK_HINT
        trace = _page_traceback(str(error.get("traceback", "")))
        if trace:
            text += "\n" + trace
        problems.append(text)
        return problems
    printed = [Printed.from_report(record) for record in unit["prints"]]
    expected = expected_code(block.code, block.code_line, printed)
    diff = differences(block.code, expected)
    if diff:
        session = item.session_state
        if session.update:
            rewrite_block(session.root, block, expected)
        else:
            problems.append(
                f"{block.location}: the printed output differs from the #> lines "
                f"(run `uv run pytest --update-examples` to rewrite them):\n{diff}"
            )
    return problems


def _page_traceback(trace: str) -> str:
    """The traceback without the worker's own frames."""
    lines = trace.strip().splitlines()
    kept = [line for line in lines if "handbook/sandbox/worker.py" not in line]
    return "\n".join(kept[-12:]) if len(kept) > 1 else ""


def rewrite_block(root: Path, block: Block, new_code: str) -> None:
    """Write a block's corrected code back to its page, or to its snippet.

    An included snippet is updated in ``snippets/``; the page's ``--8<--`` line stays.
    The page is re-read under a lock and the block found by its text, so rewrites by
    several workers of one run never undo each other.
    """
    if block.from_snippet is not None:
        target = root / "snippets" / block.from_snippet
        with Locked(target):
            target.write_text(new_code, encoding="utf-8")
        return
    page = root / block.page
    indent = " " * block.indent
    old = "".join(
        indent + line if line.strip() else line for line in block.code.splitlines(True)
    )
    new = "".join(
        indent + line if line.strip() else line for line in new_code.splitlines(True)
    )
    with Locked(page):
        text = page.read_text(encoding="utf-8")
        if text.count(old) != 1:
            msg = f"{block.location}: cannot find the block to rewrite; edit it by hand"
            raise BlockError(msg)
        page.write_text(text.replace(old, new), encoding="utf-8")


class Locked:
    """An exclusive lock on a file's sibling ``.lock`` (for --update-examples)."""

    def __init__(self, path: Path) -> None:
        """Lock beside `path`, once entered."""
        self.lock = path.with_name(f".{path.name}.lock")
        self.handle: Any = None

    def __enter__(self) -> None:
        """Wait for the lock."""
        self.handle = self.lock.open("w")
        fcntl.flock(self.handle, fcntl.LOCK_EX)

    def __exit__(self, *exc: object) -> None:
        """Release it."""
        fcntl.flock(self.handle, fcntl.LOCK_UN)
        self.handle.close()
        self.lock.unlink(missing_ok=True)


# --- lint findings for one block --------------------------------------------------


def lint_problems(example: Example, block: Block, report: LintReport) -> list[str]:
    """Ruff, format and pyright findings on this block's lines, as page lines."""
    span = next(s for s in example.spans if s.block is block)
    last = span.first_line + span.line_count - 1
    first = 1 if span is example.spans[0] else span.first_line
    ruff = report.findings_between(example.path, first, last)
    typing = [f for f in report.typing.get(example.path, []) if first <= f.line <= last]
    expected = set(block.settings.expected_codes)
    problems: list[str] = []
    if expected:
        found = {f.code for f in ruff} | {f.code for f in typing}
        if found != expected:
            missing = sorted(expected - found)
            extra = sorted(found - expected)
            detail: list[str] = []
            if missing:
                detail.append(f"not reported: {', '.join(missing)}")
            if extra:
                detail.append(f"also reported: {', '.join(extra)}")
            problems.append(
                f'{block.location}: lint="expect:{",".join(sorted(expected))}" but '
                f"the linters report {', '.join(sorted(found)) or 'nothing'} "
                f"({'; '.join(detail)})"
            )
            problems.extend(
                _located(example, block, f, "ruff") for f in ruff if f.code in extra
            )
            problems.extend(
                _located(example, block, f, "pyright")
                for f in typing
                if f.code in extra
            )
    else:
        problems.extend(_located(example, block, f, "ruff") for f in ruff)
        problems.extend(_located(example, block, f, "pyright") for f in typing)
    for start, end in report.format_lines(example.path):
        if start <= last and end >= first:
            problems.append(
                f"{block.location}: not formatted as ruff format would; run "
                f"`uv run handbook extract && uv run ruff format {example.path}` and "
                f"copy the result back:\n{report.format_diffs[example.path]}"
            )
            break
    return problems


def _located(example: Example, block: Block, finding: Finding, tool: str) -> str:
    span = next(s for s in example.spans if s.block is block)
    line = (
        span.page_line(finding.line) if finding.line >= span.first_line else block.line
    )
    return f"{block.page}:{line}: {tool} {finding.code} {finding.message}"


def drift(project: Project) -> list[str]:
    """Files of the committed ``examples/`` that differ from the pages' plan."""
    return check_tree(project.root, project.examples)
