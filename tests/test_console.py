"""Console transcripts: the parser, the comparison, and real commands in the sandbox."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from mkdocs.config import load_config  # pyright: ignore[reportUnknownVariableType]
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from test_engine import Run, copy_handbook, needs_sandbox, run_pytest

from handbook.blocks import PageError, parse_text
from handbook.console import (
    LINE_WILDCARD,
    PLACEHOLDERS,
    Command,
    check_transcript,
    compare,
    files_for,
    line_pattern,
    missing_tools,
    parse_transcript,
    placeholders_markdown,
    updated_output,
    updated_transcript,
)
from handbook.mkdocs_plugin import PLACEHOLDERS_MARKER, HandbookPlugin
from handbook.sandbox import Sandbox, SandboxError, current_interpreter

TEMP = tempfile.gettempdir()
GUIDE = Path(__file__).parents[1] / "docs" / "guide" / "writing-a-chapter.md"


def parse(code: str, first_line: int = 11) -> tuple[Command, ...]:
    return parse_transcript(code, "docs/page.md", first_line).commands


# --- the parser -----------------------------------------------------------------


def test_each_command_keeps_its_page_line_and_output() -> None:
    commands = parse("$ echo one\none\n\n$ printf 'a\\nb\\n'\na\nb\n")
    assert [(c.script, c.line, c.expected, c.status) for c in commands] == [
        ("echo one", 11, ("one",), 0),
        ("printf 'a\\nb\\n'", 14, ("a", "b"), 0),
    ]


def test_exit_line_sets_the_expected_status_and_is_not_output() -> None:
    (command,) = parse("$ ruff check app.py\nFound 1 error.\n[exit 1]\n\n")
    assert command.status == 1
    assert command.expected == ("Found 1 error.",)


def test_exit_line_is_only_read_as_the_last_output_line() -> None:
    (command,) = parse("$ cat log\n[exit 2]\nmore\n")
    assert command.status == 0
    assert command.expected == ("[exit 2]", "more")


def test_a_command_without_output_expects_none() -> None:
    (command,) = parse("$ true\n")
    assert command.expected == ()
    assert command.status == 0


def test_continued_command_is_one_script_on_the_line_of_its_dollar() -> None:
    first, second = parse(
        "$ ruff check \\\n    --quiet app.py\n[exit 1]\n$ ls\napp.py\n"
    )
    assert (first.script, first.line, first.status, first.expected) == (
        "ruff check \\\n    --quiet app.py",
        11,
        1,
        (),
    )
    assert (second.script, second.line, second.expected) == ("ls", 14, ("app.py",))


def test_blank_lines_before_the_first_command_are_allowed() -> None:
    (command,) = parse("\n$ true\n")
    assert (command.script, command.line) == ("true", 12)


@pytest.mark.parametrize(
    ("code", "where", "message"),
    [
        ("hello\n$ true\n", "docs/page.md:11:", "output before the first command"),
        ("\n\n", "docs/page.md:10:", "needs a command"),
        ("$ true\n$\n", "docs/page.md:12:", "a `$` with no command"),
        ("$ echo \\\n", "docs/page.md:11:", "continues"),
        ("$ true\n$ exit 3\nout\n[exit 300]\n", "docs/page.md:14:", "0 to 255"),
    ],
)
def test_a_malformed_transcript_is_a_page_error_naming_its_line(
    code: str, where: str, message: str
) -> None:
    with pytest.raises(PageError) as raised:
        parse(code)
    assert str(raised.value).startswith(where), raised.value
    assert message in str(raised.value)


def test_a_block_without_command_names_its_fence_line() -> None:
    with pytest.raises(PageError, match=r"^docs/page\.md:7: "):
        parse_transcript("\n", "docs/page.md", 8, fence_line=7)


# --- placeholders and the comparison ----------------------------------------------


@pytest.mark.parametrize(
    ("name", "example"),
    [(name, text) for name, p in PLACEHOLDERS.items() for text in p.examples],
)
def test_every_documented_example_matches_its_placeholder(
    name: str, example: str
) -> None:
    assert line_pattern(name).fullmatch(example) is not None


@pytest.mark.parametrize(
    ("expected", "printed", "matches"),
    [
        ("1 passed in <TIME>", "1 passed in 0.05s", True),
        ("Resolved 8 packages in <TIME>", "Resolved 8 packages in 11ms", True),
        ("took <TIME>", "took 1.2 seconds", True),
        ("took <TIME>", "took many apples", False),
        ("ruff <VERSION>", "ruff 0.12.3", True),
        ("ruff <VERSION>", "ruff 3", False),
        ("ruff <VERSION>", "ruff 0.12.3 extra", False),
        (
            "<TMP>/app.py:1:8: F401",
            f"{TEMP}/handbook-x/sandbox-0/run-4/app.py:1:8: F401",
            True,
        ),
        ("<TMP>/app.py", f"{TEMP}/handbook-x/run-4/other.py", False),
        ("<TMP>", "/home/someone/project", False),
        ("at: <ANY>", "at: /usr/bin/python3", True),
        ("[*] 1 fixable", "[*] 1 fixable", True),
        ("[*] 1 fixable", "* 1 fixable", False),  # brackets are literal, not a class
        ("a.c", "abc", False),
        ("<TIME> and <VERSION>", "3ms and 1.2.3", True),
    ],
)
def test_a_line_matches_literally_except_its_placeholders(
    expected: str, printed: str, matches: bool
) -> None:
    assert (line_pattern(expected).fullmatch(printed) is not None) is matches


def test_tmp_matches_a_real_temporary_folder() -> None:
    with tempfile.TemporaryDirectory() as folder:
        assert line_pattern("<TMP>/demo.py").fullmatch(f"{folder}/demo.py")


@pytest.mark.parametrize(
    "printed",
    ["first\nlast\n", "first\na\nb\nc\nlast\n", "first\nlast  \n\n\n"],
)
def test_dots_stand_for_any_number_of_lines(printed: str) -> None:
    assert compare(["first", LINE_WILDCARD, "last"], printed) is None


def test_dots_do_not_excuse_a_missing_line() -> None:
    diff = compare(["first", LINE_WILDCARD, "last"], "first\nmiddle\n")
    assert diff == "  first\n  ...\n~ middle\n- last"


def test_a_wrong_line_is_shown_as_expected_and_printed() -> None:
    diff = compare(["two", "four"], "two\nthree\n")
    assert diff == "  two\n- four\n+ three"


def test_output_nobody_expected_fails() -> None:
    assert compare([], "surprise\n") == "+ surprise"
    assert compare(["one"], "") == "- one"


def test_check_names_the_line_of_the_failing_command() -> None:
    transcript = parse_transcript(
        "$ echo one\none\n$ printf 'two\\nthree\\n'\ntwo\nfour\n", "docs/w.md", 5
    )
    reports = [
        {"index": 0, "status": 0, "output": "one\n"},
        {"index": 1, "status": 0, "output": "two\nthree\n"},
    ]
    (problem,) = check_transcript(transcript, reports)
    assert problem.startswith(
        "docs/w.md:7: `printf 'two\\nthree\\n'` printed other output"
    )
    assert problem.endswith("  two\n- four\n+ three")


def test_check_wants_the_exit_status_the_transcript_shows() -> None:
    transcript = parse_transcript("$ false\n$ true\n[exit 1]\n", "docs/w.md", 3)
    reports = [
        {"index": 0, "status": 1, "output": ""},
        {"index": 1, "status": 0, "output": ""},
    ]
    first, second = check_transcript(transcript, reports)
    assert first == (
        "docs/w.md:3: `false` exited with status 1, but the transcript expects 0 "
        "(if that is meant, end its output with `[exit 1]`)"
    )
    assert (
        second
        == "docs/w.md:4: `true` exited with status 0, but the transcript expects 1"
    )


def test_check_passes_a_transcript_that_holds() -> None:
    transcript = parse_transcript("$ ruff --version\nruff <VERSION>\n", "docs/w.md", 3)
    reports = [{"index": 0, "status": 0, "output": "ruff 0.12.3\n"}]
    assert check_transcript(transcript, reports) == []


def test_check_says_why_a_command_has_no_report() -> None:
    transcript = parse_transcript("$ true\n$ sleep 100\n$ true\n", "docs/w.md", 3)
    reports = [{"index": 0, "status": 0, "output": ""}]
    problems = check_transcript(
        transcript, reports, "did not finish in 3 s and was killed"
    )
    assert problems == [
        "docs/w.md:4: `sleep 100` did not complete: the transcript did not finish "
        "in 3 s and was killed"
    ]


def test_check_reports_a_command_killed_by_its_timeout() -> None:
    transcript = parse_transcript("$ slow\n", "docs/w.md", 3)
    reports = [{"index": 0, "status": None, "output": "started\n"}]
    (problem,) = check_transcript(transcript, reports)
    assert problem == (
        "docs/w.md:3: `slow` did not finish in time and was killed; "
        "it printed:\n+ started"
    )


# --- the files of the folder --------------------------------------------------------


FILES_PAGE = """\
# Files

```toml title="pyproject.toml"
[project]
name = "app"
```

```python title="src/app.py"
print("hi")
#> hi
```

```yaml title="front matter of docs/p.md"
title: a caption, not a file
```

```python
print("untitled")
#> untitled
```

```console title="session"
$ ls
```
"""


def test_files_are_the_blocks_titled_with_a_relative_path(tmp_path: Path) -> None:
    page = parse_text(FILES_PAGE, "docs/p.md", tmp_path)
    assert files_for(page.blocks) == {
        "pyproject.toml": '[project]\nname = "app"\n',
        "src/app.py": 'print("hi")\n#> hi\n',
    }


@pytest.mark.parametrize(
    ("title", "message"),
    [
        ("/etc/passwd", "is an absolute path"),
        ("~/.bashrc", "is an absolute path"),
        ("../outside.toml", "climbs out"),
        ("src/../../x.toml", "climbs out"),
        ("src/", "names a folder"),
    ],
)
def test_a_title_outside_the_folder_is_a_page_error(
    tmp_path: Path, title: str, message: str
) -> None:
    markdown = f'# P\n\n```toml title="{title}"\na = 1\n```\n'
    page = parse_text(markdown, "docs/p.md", tmp_path)
    with pytest.raises(PageError, match=r"^docs/p\.md:3: ") as raised:
        files_for(page.blocks)
    assert message in str(raised.value)


def test_two_blocks_with_one_file_title_are_a_page_error(tmp_path: Path) -> None:
    block = '```toml title="a.toml"\na = 1\n```\n'
    markdown = f"# P\n\n{block}\n{block}"
    page = parse_text(markdown, "docs/p.md", tmp_path)
    with pytest.raises(PageError, match=r"^docs/p\.md:7: two blocks .*lines 3 and 7"):
        files_for(page.blocks)


# --- the guide's table ------------------------------------------------------------


def test_the_guide_table_lists_every_placeholder() -> None:
    table = placeholders_markdown().splitlines()
    names = [row.split("|")[1].strip() for row in table[2:]]
    assert names == [f"`{name}`" for name in PLACEHOLDERS] + ["`...` (a whole line)"]
    text = GUIDE.read_text(encoding="utf-8")
    assert text.count(PLACEHOLDERS_MARKER) == 1


def test_the_site_fills_the_placeholder_table() -> None:
    config = load_config(str(GUIDE.parents[2] / "mkdocs.yml"))
    file = File(
        "guide/writing-a-chapter.md",
        config.docs_dir,
        config.site_dir,
        use_directory_urls=True,
    )
    page = Page(None, file, config)
    markdown = f"# Guide\n\n{PLACEHOLDERS_MARKER}\n"
    out = HandbookPlugin().on_page_markdown(
        markdown, page=page, config=config, files=Files([file])
    )
    assert PLACEHOLDERS_MARKER not in out
    assert placeholders_markdown() in out


# --- the sandbox's writable folders ---------------------------------------------------


def test_the_sandbox_environment_sends_uv_offline_to_its_cache(tmp_path: Path) -> None:
    cache = tmp_path / "uv-cache"
    env = Sandbox(current_interpreter(), tmp_path / "s", uv_cache=cache).environment()
    assert env["UV_OFFLINE"] == "1"
    assert env["UV_CACHE_DIR"] == str(cache)
    assert "UV_CACHE_DIR" not in Sandbox(current_interpreter(), tmp_path).environment()


def test_a_missing_writable_folder_is_refused(tmp_path: Path) -> None:
    sandbox = Sandbox(
        current_interpreter(), tmp_path / "s", writable=(tmp_path / "no",)
    )
    with pytest.raises(SandboxError, match="do not exist"):
        sandbox.start()


@needs_sandbox
def test_only_the_writable_folders_can_be_written(tmp_path: Path) -> None:
    open_folder = tmp_path / "open"
    closed_folder = tmp_path / "closed"
    open_folder.mkdir()
    closed_folder.mkdir()
    sandbox = Sandbox(current_interpreter(), tmp_path / "s", writable=(open_folder,))
    sandbox.start()
    try:
        outcome = sandbox.run_shell(
            [f"touch {open_folder}/yes", f"touch {closed_folder}/no"], {}, timeout=30
        )
    finally:
        sandbox.stop()
    statuses = [report["status"] for report in outcome.commands()]
    assert statuses == [0, 1], outcome.commands()
    assert (open_folder / "yes").exists()
    assert not (closed_folder / "no").exists()


@needs_sandbox
def test_each_transcript_has_a_home_and_temporary_folder_of_its_own(
    tmp_path: Path,
) -> None:
    sandbox = Sandbox(current_interpreter(), tmp_path / "s")
    sandbox.start()
    try:
        first = sandbox.run_shell(
            ['touch "$HOME/left" "$TMPDIR/left"', 'ls "$HOME" "$TMPDIR"'],
            {},
            timeout=30,
        )
        second = sandbox.run_shell(['ls -A "$HOME" "$TMPDIR"'], {}, timeout=30)
    finally:
        sandbox.stop()
    assert "left" in first.commands()[1]["output"], first.commands()
    [report] = second.commands()
    assert report["status"] == 0, report
    assert "left" not in report["output"], report


# --- --update-examples ---------------------------------------------------------------


def test_an_update_keeps_matching_lines_and_placeholders() -> None:
    expected = ["built in <TIME>", "...", "two", "four"]
    printed = f"built in 0.4s\nnoise\nmore noise\ntwo\nthree at {TEMP}/run-1/app.py\n"
    assert updated_output(expected, printed) == [
        "built in <TIME>",
        "...",
        "two",
        "three at <TMP>/app.py",
    ]


def test_an_update_rewrites_only_the_commands_that_failed() -> None:
    code = "$ echo one\none\n\n$ printf 'two\\nthree\\n'\ntwo\nfour\n\n$ false\n"
    transcript = parse_transcript(code, "docs/page.md", 5)
    reports = [
        {"index": 0, "status": 0, "output": "one\n"},
        {"index": 1, "status": 0, "output": "two\nthree\n"},
        {"index": 2, "status": 1, "output": ""},
    ]
    new = updated_transcript(code, transcript, 5, reports)
    assert new == (
        "$ echo one\none\n\n$ printf 'two\\nthree\\n'\ntwo\nthree\n\n"
        "$ false\n[exit 1]\n"
    )
    again = parse_transcript(new, "docs/page.md", 5)
    assert check_transcript(again, reports) == []


def test_a_command_killed_or_never_run_is_not_written_down() -> None:
    code = "$ sleep 100\n$ echo after\nafter\n"
    transcript = parse_transcript(code, "docs/page.md", 5)
    killed = [{"index": 0, "status": None, "output": ""}]
    assert updated_transcript(code, transcript, 5, killed) is None


@needs_sandbox
def test_update_examples_rewrites_a_transcript_that_then_passes(
    tmp_path: Path,
) -> None:
    project = copy_handbook("console-handbook", tmp_path)
    page = project / "docs" / "wrong.md"
    updated = run_pytest(project, "docs/wrong.md", "--update-examples")
    assert updated.returncode == 0, updated.output
    text = page.read_text()
    assert "$ printf 'two\\nthree\\n'\ntwo\nthree\n```" in text
    assert "app.py:1:8: F401 [*] `os` imported but unused\n" in text
    assert "[exit 1]\n```" in text
    assert "All checks passed!" not in text
    rerun = run_pytest(project, "docs/wrong.md")
    assert rerun.returncode == 0, rerun.output


# --- end to end: a fixture handbook of transcripts -----------------------------------


@pytest.fixture(scope="module")
def console_run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    project = copy_handbook("console-handbook", tmp_path_factory.mktemp("console"))
    return run_pytest(project, "docs", "-v")


def outcome_of(run: Run, item: str) -> str:
    found = re.search(rf"^{re.escape(item)} (PASSED|FAILED)", run.output, re.M)
    assert found is not None, run.output
    return found[1]


def failure_of(run: Run, item: str) -> str:
    """The failure section pytest prints for `item` (``docs/x.md:12``)."""
    found = re.search(
        rf"^_+ {re.escape(item)} _+\n(.*?)(?=^_{{3,}} |^- handbook|^=+ )",
        run.output,
        re.M | re.S,
    )
    assert found is not None, run.output
    return found[1]


@needs_sandbox
def test_a_true_ruff_transcript_passes(console_run: Run) -> None:
    assert outcome_of(console_run, "docs/ruff.md::10") == "PASSED"


@needs_sandbox
def test_a_wrong_output_fails_at_the_command_line_with_a_diff(console_run: Run) -> None:
    assert outcome_of(console_run, "docs/wrong.md::12") == "FAILED"
    failure = failure_of(console_run, "docs/wrong.md:12")
    assert failure.startswith(
        "docs/wrong.md:15: `printf 'two\\nthree\\n'` printed other output than the "
        "transcript shows (- expected, + printed):\n  two\n- four\n+ three\n"
    ), failure


@needs_sandbox
def test_a_false_claim_about_ruff_fails_with_status_and_findings(
    console_run: Run,
) -> None:
    assert outcome_of(console_run, "docs/wrong.md::22") == "FAILED"
    failure = failure_of(console_run, "docs/wrong.md:22")
    assert failure.startswith(
        "docs/wrong.md:23: `ruff check --output-format concise app.py` exited with "
        "status 1, but the transcript expects 0"
    ), failure
    assert (
        "- All checks passed!\n+ app.py:1:8: F401 [*] `os` imported but unused"
        in failure
    )


@needs_sandbox
def test_a_command_that_reaches_for_the_network_fails(console_run: Run) -> None:
    assert outcome_of(console_run, "docs/network.md::3") == "FAILED"
    failure = failure_of(console_run, "docs/network.md:3")
    assert failure.startswith("docs/network.md:4: "), failure
    assert "- connected\n" in failure
    assert "+ OSError: [Errno 101] Network is unreachable" in failure


@needs_sandbox
def test_uv_locks_a_workspace_offline_and_sees_the_lock_go_stale(
    console_run: Run,
) -> None:
    assert outcome_of(console_run, "docs/uv.md::29") == "PASSED"


@needs_sandbox
def test_the_run_fails_and_counts_every_transcript(console_run: Run) -> None:
    assert console_run.returncode == 1, console_run.output
    assert "3 failed, 6 passed" in console_run.output, console_run.output
    assert "7 executed (7 in the OS sandbox, 0 not)" in console_run.output


def test_a_transcript_names_the_system_tools_it_needs(tmp_path: Path) -> None:
    code = (
        "$ promtool check rules a.yml\n"
        "$ python -m app | jq .level && X=1 make -n all\n"
        "$ echo $(git rev-parse HEAD)\n"
        "$ echo make is only a word here\n"
    )
    transcript = parse_transcript(code, "docs/page.md", 3)
    nothing = str(tmp_path)
    assert missing_tools(transcript, nothing) == [
        "git (apt-get install git)",
        "jq (apt-get install jq)",
        "make (apt-get install make)",
        "promtool (apt-get install prometheus)",
    ]
    (tmp_path / "jq").write_text("#!/bin/sh\n")
    (tmp_path / "jq").chmod(0o755)
    assert "jq (apt-get install jq)" not in missing_tools(transcript, nothing)
