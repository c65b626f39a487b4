r"""Console transcripts: ``$ command`` lines, each followed by what it must print.

A ``console`` block is run, not just shown. Its commands run one after another in the
sandbox, in a fresh folder that holds the page's titled file blocks (`files_for`), and
what each prints (stdout and stderr together) is compared with the lines under it.

The syntax, which the writing guide documents:

- A line starting with ``$ `` is a command, run by bash. A command line ending in
  `` \`` (a space and a backslash) continues on the next line, as in a shell.
- Every line after a command, up to the next ``$ `` line, is its expected output.
- The exit status must be 0, unless the last line of the output is ``[exit N]``
  (``[exit 1]``): then it must be N.
- In expected output, each placeholder of `PLACEHOLDERS` stands for a volatile part
  of a line, and a line that is exactly ``...`` stands for any number of lines.
- Trailing spaces of every line and blank lines at the end of an output are ignored.

The pytest plugin runs the commands; this module parses a transcript, says which files
its folder holds, and judges each command's report. It uses the standard library and
`handbook.blocks` only, so the site can render the placeholder table without the tests'
tools.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from handbook.blocks import Block, PageError
from handbook.formats import SYSTEM_TOOLS

PROMPT = "$ "
"""What starts a command line."""
CONTINUATION = " \\"
"""What ends a command line that continues on the next."""
LINE_WILDCARD = "..."
"""An output line that is exactly this stands for any number of lines, or none."""
EXIT_LINE = re.compile(r"^\[exit (?P<status>\d+)\]$")
"""The last output line that gives the exit status a command must end with."""
FILE_TITLE = re.compile(r"^\S+$")
"""A title without spaces names a file (``pyproject.toml``, ``src/app.py``)."""
SHOWN_COMMAND = 60
"""How much of a command a message quotes."""
SHOWN_ABSORBED = 20
"""How many of the lines a ``...`` stood for a diff shows."""


@dataclass(frozen=True)
class Placeholder:
    """A volatile part of a line of output, and what stands for it in a transcript."""

    pattern: str
    """The regular expression the placeholder matches."""
    meaning: str
    """What it stands for, for the writing guide (Markdown)."""
    examples: tuple[str, ...]
    """Texts it matches; the tests check each one."""


def _temporary_roots() -> list[str]:
    """The folders temporary paths start with: the run folder lives in one of them."""
    found = [tempfile.gettempdir(), os.path.realpath(tempfile.gettempdir())]
    roots = dict.fromkeys([*found, "/tmp", "/var/tmp"])  # noqa: S108 - names only
    return sorted(roots, key=len, reverse=True)


_PATH_PART = r"""/[^\s/'"`:,;()\[\]<>]+"""

PLACEHOLDERS: dict[str, Placeholder] = {
    "<TMP>": Placeholder(
        "(?:" + "|".join(map(re.escape, _temporary_roots())) + f")(?:{_PATH_PART})*",
        "the run folder or any path in a temporary folder (`/tmp`, `/var/tmp`, "
        "`$TMPDIR`): `<TMP>/app.py` matches the file `app.py` of the run folder",
        ("/tmp/handbook-k2j4/sandbox-0/run-3", "/var/tmp/cache"),  # noqa: S108
    ),
    "<TIME>": Placeholder(
        r"\d+(?:\.\d+)?\s?(?:ns|µs|us|ms|s|secs?|seconds?|min|minutes?)",
        "a duration",
        ("0.12s", "12ms", "1.2 seconds", "3 min"),
    ),
    "<VERSION>": Placeholder(
        r"v?\d+(?:\.\d+)+(?:(?:a|b|rc|\.post|\.dev)\d+)*(?:\+[\w.]+)?",
        "a version number",
        ("0.12.3", "3.11.7", "v2.1", "2.14.0rc1", "1.0.dev3", "1.2+local.7"),
    ),
    "<ANY>": Placeholder(
        r".*?",
        "any text within one line (what it hides is not tested: prefer the others)",
        ("", "Using CPython 3.11.7 at /usr/bin/python3"),
    ),
}
"""Every placeholder an expected output may use inside a line, and what it matches.

The writing guide's table is rendered from this (`placeholders_markdown`).
"""

_TOKEN = re.compile("(" + "|".join(map(re.escape, PLACEHOLDERS)) + ")")


@dataclass(frozen=True)
class Command:
    """One ``$`` command of a transcript and what it must print."""

    script: str
    """The command as bash runs it (continued lines joined by their newlines)."""
    line: int
    """The page line of its ``$``."""
    expected: tuple[str, ...]
    """The lines it must print, placeholders and ``...`` as written."""
    status: int = 0
    """The exit status it must end with."""

    @property
    def shown(self) -> str:
        """The command's first line, shortened, for messages."""
        first = self.script.splitlines()[0].removesuffix(CONTINUATION)
        if len(first) > SHOWN_COMMAND or "\n" in self.script:
            first = first[:SHOWN_COMMAND].rstrip() + " ..."
        return f"`{first}`"


@dataclass(frozen=True)
class Transcript:
    """A parsed console block."""

    page: str
    commands: tuple[Command, ...]

    @property
    def scripts(self) -> list[str]:
        """The commands, in order, as the sandbox runs them."""
        return [command.script for command in self.commands]


def transcript_of(block: Block) -> Transcript:
    """Parse a ``console`` block (see `parse_transcript`)."""
    return parse_transcript(block.code, block.page, block.code_line, block.line)


def parse_transcript(
    code: str, page: str, first_line: int, fence_line: int | None = None
) -> Transcript:
    """Parse a transcript whose first line sits on page line `first_line`.

    Args:
        code: The block's text.
        page: The page, for messages.
        first_line: The page line of the block's first line.
        fence_line: The page line of the opening fence, named when the block holds
            no command (default: the line before `first_line`).

    Returns:
        The transcript's commands.

    Raises:
        PageError: For output before the first command, an empty command, a command
            continued past the end of the block, or no command at all.
    """
    commands: list[Command] = []
    script: list[str] = []
    started = 0
    output: list[str] = []
    lines = [line.rstrip() for line in code.splitlines()]
    index = 0
    while index < len(lines):
        number = first_line + index
        line = lines[index]
        index += 1
        if not line.startswith(PROMPT) and line != PROMPT.strip():
            if not script and line:
                msg = (
                    f"output before the first command of a console block: {line!r}; "
                    f"start each command with {PROMPT!r}"
                )
                raise PageError(page, number, msg)
            output.append(line)
            continue
        if script:
            commands.append(_command(page, script, started, output))
        started = number
        script = [line[len(PROMPT) :].strip()]
        if not script[0]:
            raise PageError(page, number, "a `$` with no command after it")
        while script[-1].endswith(CONTINUATION):
            if index >= len(lines):
                msg = "this command continues (` \\`) past the end of the block"
                raise PageError(page, started, msg)
            script.append(lines[index])
            index += 1
        output = []
    if not script:
        where = fence_line if fence_line is not None else first_line - 1
        msg = f"a console block needs a command: a line starting with {PROMPT!r}"
        raise PageError(page, where, msg)
    commands.append(_command(page, script, started, output))
    return Transcript(page, tuple(commands))


def _command(page: str, script: list[str], line: int, output: list[str]) -> Command:
    """A command from its lines (from page line `line`) and the output under them."""
    expected = _trimmed(output)
    status = 0
    if expected:
        found = EXIT_LINE.match(expected[-1])
        if found is not None:
            status = int(found["status"])
            if status > 255:  # noqa: PLR2004 - the largest exit status there is
                exit_line = line + len(script) + len(expected) - 1
                msg = f"[exit {status}]: an exit status is a number from 0 to 255"
                raise PageError(page, exit_line, msg)
            expected = _trimmed(expected[:-1])
    return Command("\n".join(script), line, tuple(expected), status)


def _trimmed(lines: Sequence[str]) -> list[str]:
    """The lines without trailing spaces, nor blank lines at the end."""
    kept = [line.rstrip() for line in lines]
    while kept and not kept[-1]:
        kept.pop()
    return kept


# --- comparing ------------------------------------------------------------------------


def line_pattern(expected: str) -> re.Pattern[str]:
    """The regular expression of an expected line: placeholders, the rest literal."""
    parts = _TOKEN.split(expected)
    regex = "".join(
        f"(?:{PLACEHOLDERS[part].pattern})" if part in PLACEHOLDERS else re.escape(part)
        for part in parts
    )
    return re.compile(regex)


def compare(expected: Sequence[str], printed: str) -> str | None:
    """None when `printed` matches the `expected` lines; else a readable diff.

    In the diff, ``-`` marks an expected line that was not printed, ``+`` a printed
    line that was not expected, ``~`` a printed line that a ``...`` stands for, and
    matched lines are shown as the transcript has them.
    """
    steps = _align(expected, _trimmed(printed.splitlines()))
    if all(kind in {"same", "absorbed", "wildcard"} for kind, _ in steps):
        return None
    lines: list[str] = []
    absorbed: list[str] = []
    for kind, text in steps:
        if kind == "absorbed":
            absorbed.append(text)
            continue
        if kind == "wildcard":
            lines.append(f"  {LINE_WILDCARD}")
            lines.extend(f"~ {line}" for line in absorbed[:SHOWN_ABSORBED])
            if len(absorbed) > SHOWN_ABSORBED:
                lines.append(f"~ ({len(absorbed) - SHOWN_ABSORBED} lines more)")
            absorbed = []
            continue
        sign = {"same": " ", "missing": "-", "extra": "+"}[kind]
        lines.append(f"{sign} {text}")
    return "\n".join(lines)


def updated_output(expected: Sequence[str], printed: str) -> list[str]:
    """The expected lines rewritten to match `printed`, keeping what still matches.

    A line that matches stays as written (its placeholders too), a ``...`` stays,
    a line no longer printed goes, and a new line is added as printed, with paths in
    a temporary folder written ``<TMP>``.
    """
    kept: list[str] = []
    for kind, text in _align(expected, _trimmed(printed.splitlines())):
        if kind in {"same", "wildcard"}:
            kept.append(text)
        elif kind == "extra":
            kept.append(_TEMPORARY.sub(_temporary_path, text))
    return kept


_TEMPORARY = re.compile(PLACEHOLDERS["<TMP>"].pattern)


def _temporary_path(found: re.Match[str]) -> str:
    """``<TMP>`` for a temporary path, keeping the file's name: ``<TMP>/app.py``."""
    path = found[0]
    root = next(r for r in _temporary_roots() if path.startswith(r))
    rest = path[len(root) :].strip("/")
    return f"<TMP>/{rest.rsplit('/', 1)[-1]}" if "/" in rest else "<TMP>"


def _costs(
    patterns: list[re.Pattern[str] | None], matches: list[list[bool]], columns: int
) -> list[list[int]]:
    """cost[i][j]: the fewest unmatched lines when expected[i:] meets actual[j:]."""
    rows = len(patterns)
    cost = [[0] * (columns + 1) for _ in range(rows + 1)]
    for j in range(columns + 1):
        cost[rows][j] = columns - j
    for i in range(rows - 1, -1, -1):
        for j in range(columns, -1, -1):
            if patterns[i] is None:
                best = cost[i + 1][j]
                if j < columns:
                    best = min(best, cost[i][j + 1])
            else:
                best = cost[i + 1][j] + 1
                if j < columns:
                    best = min(best, cost[i][j + 1] + 1)
                    if matches[i][j]:
                        best = min(best, cost[i + 1][j + 1])
            cost[i][j] = best
    return cost


def _align(expected: Sequence[str], actual: list[str]) -> list[tuple[str, str]]:
    """The cheapest alignment of the expected lines with the printed ones.

    Each step is ``same`` (an expected line, matched), ``missing`` (expected, not
    printed), ``extra`` (printed, not expected), ``absorbed`` (printed, which the
    next ``wildcard`` step, a ``...`` line, stands for).
    """
    patterns = [
        None if line == LINE_WILDCARD else line_pattern(line) for line in expected
    ]
    matches = [
        [pattern is not None and pattern.fullmatch(text) is not None for text in actual]
        for pattern in patterns
    ]
    cost = _costs(patterns, matches, len(actual))
    rows, columns = len(expected), len(actual)
    steps: list[tuple[str, str]] = []
    i = j = 0
    while i < rows or j < columns:
        here = cost[i][j]
        if i == rows:
            steps.append(("extra", actual[j]))
            j += 1
        elif patterns[i] is None:
            # A ``...`` stands for as few lines as it can: the lines after it match.
            if cost[i + 1][j] == here or j == columns:
                steps.append(("wildcard", LINE_WILDCARD))
                i += 1
            else:
                steps.append(("absorbed", actual[j]))
                j += 1
        elif j < columns and matches[i][j] and cost[i + 1][j + 1] == here:
            steps.append(("same", expected[i]))
            i += 1
            j += 1
        elif cost[i + 1][j] + 1 == here:
            steps.append(("missing", expected[i]))
            i += 1
        else:
            steps.append(("extra", actual[j]))
            j += 1
    return steps


def check_transcript(
    transcript: Transcript,
    reports: Sequence[Mapping[str, Any]],
    ended: str | None = None,
) -> list[str]:
    """What is wrong with each command's report, as messages naming its page line.

    Args:
        transcript: The parsed block.
        reports: One report per finished command (`handbook.sandbox.Outcome.commands`):
            ``index``, ``status`` (None when it was killed) and ``output``.
        ended: Why the run ended early, if it did.

    Returns:
        One message per command that failed; empty when every command did as shown.
    """
    by_index = {int(report["index"]): report for report in reports}
    problems: list[str] = []
    for index, command in enumerate(transcript.commands):
        where = f"{transcript.page}:{command.line}: {command.shown}"
        report = by_index.get(index)
        if report is None:
            cause = ended or "ended before it"
            problems.append(f"{where} did not complete: the transcript {cause}")
            break
        problem = _judge(command, report)
        if problem:
            problems.append(f"{where} {problem}")
    return problems


def _judge(command: Command, report: Mapping[str, Any]) -> str:
    """What is wrong with one command's report, or ""."""
    printed = str(report.get("output", ""))
    status = report.get("status")
    if status is None:
        shown = "\n".join(f"+ {line}" for line in _trimmed(printed.splitlines()))
        return f"did not finish in time and was killed; it printed:\n{shown}".rstrip()
    faults: list[str] = []
    if status != command.status:
        if command.status == 0:
            hint = f" (if that is meant, end its output with `[exit {status}]`)"
        else:
            hint = ""
        faults.append(
            f"exited with status {status}, but the transcript expects "
            f"{command.status}{hint}"
        )
    diff = compare(command.expected, printed)
    if diff is not None:
        legend = "- expected, + printed"
        if any(line.startswith("~ ") for line in diff.splitlines()):
            legend += ", ~ what a ... stands for"
        faults.append(
            f"printed other output than the transcript shows ({legend}):\n{diff}"
        )
    return "; and it ".join(faults)


def updated_transcript(
    code: str,
    transcript: Transcript,
    first_line: int,
    reports: Sequence[Mapping[str, Any]],
) -> str | None:
    """The block's text with each command's output rewritten from its report.

    Used by ``--update-examples``. Commands are kept as written; the output of one
    that printed something else, or ended with another status, is rewritten with
    `updated_output` and its ``[exit N]`` line. Returns None when a command did not
    finish (killed, or the run ended before it): there is nothing to write down.
    """
    by_index = {int(report["index"]): report for report in reports}
    lines = code.splitlines()
    starts = [command.line - first_line for command in transcript.commands]
    rebuilt = lines[: starts[0]]
    for index, command in enumerate(transcript.commands):
        report = by_index.get(index)
        if report is None or report.get("status") is None:
            return None
        begin = starts[index]
        after_script = begin + len(command.script.splitlines())
        end = starts[index + 1] if index + 1 < len(starts) else len(lines)
        rebuilt += lines[begin:after_script]
        if not _judge(command, report):
            rebuilt += lines[after_script:end]
            continue
        output = updated_output(command.expected, str(report.get("output", "")))
        status = int(report["status"])
        if status != 0:
            output.append(f"[exit {status}]")
        rebuilt += output
        trailing = lines[after_script:end]
        while trailing and not trailing[-1].strip():
            rebuilt.append("")
            trailing.pop()
    return "\n".join(rebuilt) + "\n"


_COMMAND_START = re.compile(r"(?:^|[|;&(]|&&|\|\||\$\()\s*(?:\w+=\S*\s+)*([\w.-]+)")


def missing_tools(transcript: Transcript, path: str) -> list[str]:
    """The system tools its commands name that `path` lacks, with their packages.

    The tools are those of `handbook.formats.SYSTEM_TOOLS`, found at the start of a
    command or after ``|``, ``;``, ``&&``, ``||`` or ``$(``; each comes back as
    ``promtool (apt-get install prometheus)``.
    """
    named: set[str] = {
        str(found)
        for command in transcript.commands
        for found in _COMMAND_START.findall(command.script)
        if found in SYSTEM_TOOLS
    }
    return [
        f"{tool} (apt-get install {SYSTEM_TOOLS[tool]})"
        for tool in sorted(named)
        if shutil.which(tool, path=path) is None
    ]


# --- the folder the commands run in ---------------------------------------------------


def files_for(page_blocks: Iterable[Block]) -> dict[str, str]:
    """The files a page's console blocks find in their folder: its titled blocks.

    A block whose title has no spaces (``pyproject.toml``, ``src/app.py``,
    ``Dockerfile``) is the file of that relative path, holding the block's code.

    Raises:
        PageError: For a title that is absolute or climbs out with ``..``, that names
            a folder, or that two blocks share.
    """
    files: dict[str, str] = {}
    seen: dict[str, int] = {}
    for block in page_blocks:
        title = block.settings.title
        if block.language == "console" or not title or not FILE_TITLE.match(title):
            continue
        path = PurePosixPath(title)
        if path.is_absolute() or title.startswith("~"):
            msg = (
                f"the title {title!r} is an absolute path; a console block's folder "
                "holds titled blocks at relative paths such as 'src/app.py'"
            )
            raise PageError(block.page, block.line, msg)
        if ".." in path.parts:
            msg = f"the title {title!r} climbs out of the console block's folder (`..`)"
            raise PageError(block.page, block.line, msg)
        name = path.as_posix()
        if title.endswith("/") or name == ".":
            msg = f"the title {title!r} names a folder, not a file"
            raise PageError(block.page, block.line, msg)
        if name in seen:
            msg = (
                f"two blocks are titled {title!r} (lines {seen[name]} and "
                f"{block.line}); a console block's folder can hold only one"
            )
            raise PageError(block.page, block.line, msg)
        seen[name] = block.line
        files[name] = block.code
    return files


# --- uv inside the sandbox ------------------------------------------------------------


def find_uv() -> Path | None:
    """The uv executable: the one running the tests (``UV``), else PATH's."""
    named = os.environ.get("UV", "")
    if named and Path(named).is_file():
        return Path(named)
    found = shutil.which("uv")
    return Path(found) if found else None


def uv_cache_dir(uv: Path | None) -> Path | None:
    """The uv cache (``UV_CACHE_DIR``, else ``uv cache dir``), made if missing."""
    named = os.environ.get("UV_CACHE_DIR", "")
    folder: Path | None = Path(named) if named else None
    if folder is None and uv is not None:
        try:
            done = subprocess.run(  # noqa: S603 - uv, found above
                [str(uv), "cache", "dir"],
                capture_output=True,
                text=True,
                timeout=30,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired):
            return None
        if done.returncode != 0 or not done.stdout.strip():
            return None
        folder = Path(done.stdout.strip())
    if folder is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


# --- the guide's table ----------------------------------------------------------------


def placeholders_markdown() -> str:
    """The writing guide's table of placeholders, from `PLACEHOLDERS`."""
    rows = ["| write | it matches | for example |", "| --- | --- | --- |"]
    for name, placeholder in PLACEHOLDERS.items():
        examples = ", ".join(f"`{text}`" for text in placeholder.examples if text)
        meaning = " ".join(placeholder.meaning.split()).replace("|", "\\|")
        rows.append(f"| `{name}` | {meaning} | {examples or 'an empty text'} |")
    rows.append(
        f"| `{LINE_WILDCARD}` (a whole line) | any number of lines, or none "
        "| the middle of a long report |"
    )
    return "\n".join(rows) + "\n"
