"""The parser of pages: blocks, settings, and errors that name the page and line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from handbook.blocks import PageError, iter_pages, parse_text
from handbook.settings import pyright_rule_names, strip_handbook_settings

SNIPPETS = Path(__file__).parent / "fixtures" / "snippets"


def parse(text: str) -> list[tuple[int, str, str]]:
    page = parse_text(text, "docs/page.md", SNIPPETS)
    return [(b.line, b.language, b.code) for b in page.blocks]


def test_blocks_keep_their_line_language_and_code() -> None:
    text = "# Title\n\nProse.\n\n```python\nx = 1\n```\n\n~~~toml\na = 1\n~~~\n"
    assert parse(text) == [(5, "python", "x = 1\n"), (9, "toml", "a = 1\n")]


def test_indented_block_in_an_admonition_is_dedented() -> None:
    text = '!!! note\n    ```py title="a.py"\n    if True:\n        pass\n    ```\n'
    page = parse_text(text, "docs/page.md", SNIPPETS)
    (block,) = page.blocks
    assert block.language == "python"
    assert block.code == "if True:\n    pass\n"
    assert block.indent == len("    ")  # the admonition's indent
    assert block.settings.title == "a.py"


def test_a_longer_fence_can_hold_a_shorter_one() -> None:
    text = '````markdown test="skip" reason="r"\n```python\nx\n```\n````\n'
    assert parse(text) == [(1, "markdown", "```python\nx\n```\n")]


@pytest.mark.parametrize(
    ("info", "message"),
    [
        ('python tset="skip"', "docs/page.md:3: unknown fence setting 'tset'"),
        ('python test="skip"', 'docs/page.md:3: test="skip" needs reason="..."'),
        (
            'python requires="3.x"',
            'docs/page.md:3: requires="3.x" is not a Python version',
        ),
        ('python lint="B006"', 'docs/page.md:3: lint="B006" is not understood'),
        ("", "docs/page.md:3: a code block needs a language"),
    ],
)
def test_bad_settings_name_the_page_and_line(info: str, message: str) -> None:
    with pytest.raises(PageError) as caught:
        parse(f"Text.\n\n```{info}\nx = 1\n```\n")
    assert str(caught.value).startswith(message)


def test_an_unclosed_fence_is_an_error_at_its_opening_line() -> None:
    with pytest.raises(
        PageError, match=r"^docs/page.md:2: this code fence is never closed"
    ):
        parse("Text.\n```python\nx = 1\n")


def test_a_snippet_is_read_into_the_block() -> None:
    page = parse_text('```python\n--8<-- "hello.py"\n```\n', "docs/page.md", SNIPPETS)
    assert page.blocks[0].code == (SNIPPETS / "hello.py").read_text()
    assert page.blocks[0].from_snippet == "hello.py"


def test_a_missing_snippet_names_the_page_and_line() -> None:
    with pytest.raises(
        PageError, match=r"^docs/page.md:4: snippet 'gone.py' not found"
    ):
        parse_text(
            'Text.\n\n```python\n--8<-- "gone.py"\n```\n', "docs/page.md", SNIPPETS
        )


def test_settings_are_parsed_once_and_checked() -> None:
    text = (
        '```python requires="3.12" lint="expect:B006,E501" group="g"\nx\n```\n'
        '```python test="skip" reason="needs a GPU"\ny\n```\n'
    )
    first, second = parse_text(text, "docs/page.md", SNIPPETS).blocks
    assert first.settings.requires == (3, 12)
    assert first.settings.expected_codes == ("B006", "E501")
    assert first.settings.group == "g"
    assert second.settings.skip_reason == "needs a GPU"


def test_stripping_keeps_only_the_highlighter_settings() -> None:
    info = 'python title="a.py" requires="3.12" hl_lines="2" lint="expect:B006"'
    assert strip_handbook_settings(info) == 'python title="a.py" hl_lines="2"'


def test_front_matter_and_prose_lines_exclude_code() -> None:
    text = "---\ntitle: T\n---\n# H\n\n```python\n# not a heading\n```\nafter\n"
    page = parse_text(text, "docs/page.md", SNIPPETS)
    assert page.meta == {"title": "T"}
    assert [line for _, line in page.prose_lines()] == ["# H", "", "after"]


# ---------------------------------------------------------------- strict page grammar

GRAMMAR = Path(__file__).parent / "fixtures" / "grammar"
INDENTED = (
    "an indented code block is published but never tested; "
    "fence it with a language (```python)"
)
PRE = (
    "a <pre> block is published but never tested; fence it with a language (```python)"
)


def error_of(text: str, snippets: Path = SNIPPETS) -> str:
    with pytest.raises(PageError) as caught:
        parse_text(text, "docs/page.md", snippets)
    return str(caught.value)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("# Title\n\nProse.\n\n    x = 1\n    print(x)\n", 5),
        ("# Title\n    x = 1\n", 2),  # straight after a heading
        ("---\ntitle: T\n---\n    x = 1\n", 4),  # straight after the front matter
        ("Prose.\n\n\tx = 1\n", 3),  # a tab is four spaces
        ("- an item\n\n        x = 1\n", 3),  # code inside a list item
        ("!!! note\n\n        x = 1\n", 3),  # code inside an admonition
        ('=== "Tab"\n\n    Text.\n\n        x = 1\n', 5),  # inside a content tab
        ("- an item\n\n    More.\n\nProse.\n\n    x = 1\n", 7),  # the list has ended
        ("<div>\nraw\n</div>\n\n    x = 1\n", 5),  # after a raw HTML block
    ],
)
def test_an_indented_code_block_is_an_error_at_its_first_line(
    text: str, line: int
) -> None:
    assert error_of(text) == f"docs/page.md:{line}: {INDENTED}"


@pytest.mark.parametrize(
    "text",
    [
        "- an item\n\n    its second paragraph\n",
        "1. an item\n\n    its second paragraph\n\n    - a nested item\n\n"
        "        the nested item's paragraph\n",
        "!!! note\n\n    The admonition's text.\n",
        '??? tip "Title"\n    Text.\n\n    More text.\n',
        '???+ tip "Title"\n\n    Text.\n',
        '=== "uv"\n\n    Text of the tab.\n',
        "Text[^1].\n\n[^1]: A footnote.\n\n    Its second paragraph.\n",
        "Term\n:   A definition.\n\n    Its second paragraph.\n",
        "A paragraph\n    whose second line is indented.\n",
        "<div>\n\n    raw HTML, not Markdown\n</div>\n",
        "<!--\n\n    a comment\n-->\n",
        "<div markdown>\n\n- **A card**\n\n    Its text.\n\n</div>\n",
        "!!! note\n    ```python\n    x = 1\n    ```\n\n    After the fence.\n",
    ],
)
def test_content_indented_inside_a_container_is_no_code_block(text: str) -> None:
    parse_text(text, "docs/page.md", SNIPPETS)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Prose.\n\n<pre><code>x = 1\n</code></pre>\n", 3),
        ("Prose.\n\n<pre>\nx = 1\n</pre>\n", 3),
        ('Prose with <PRE class="x">x = 1</PRE> inside.\n', 1),
        ("<div>\n<pre>x = 1</pre>\n</div>\n", 2),
        ("!!! note\n    <pre>x = 1</pre>\n", 2),
    ],
)
def test_a_raw_html_pre_block_is_an_error(text: str, line: int) -> None:
    assert error_of(text) == f"docs/page.md:{line}: {PRE}"


def test_pre_in_inline_code_or_in_a_fence_is_no_html_block() -> None:
    text = "Never write `<pre>` or ``<pre><code>``.\n\n```html\n<pre>x</pre>\n```\n"
    assert [b.language for b in parse_text(text, "docs/page.md", SNIPPETS).blocks] == [
        "html"
    ]


NOQA = "a blanket `# noqa` hides every finding; name the codes (# noqa: F401)"
TYPE_IGNORE = (
    "a blanket `# type: ignore` hides every finding; name the rule "
    "(# pyright: ignore[reportCallIssue])"
)
PYRIGHT_IGNORE = (
    "a blanket `# pyright: ignore` hides every finding; name the rule "
    "(# pyright: ignore[reportCallIssue])"
)


def lowers(directive: str) -> str:
    return (
        f"`# pyright: {directive}` lowers the type checking of the whole block, which "
        "the handbook checks in strict mode; name the rule on its line "
        "(# pyright: ignore[reportCallIssue])"
    )


@pytest.mark.parametrize(
    ("comment", "message"),
    [
        ("x = 1  # noqa", NOQA),
        ("x = 1  # NOQA", NOQA),
        ("x = 1  # noqa:", NOQA),
        ("x = 1  # noqa - a reason but no code", NOQA),
        (
            "# ruff: noqa",
            "a blanket `# ruff: noqa` hides every finding of the block; "
            "name the codes (# ruff: noqa: F401)",
        ),
        (
            "# flake8: noqa",
            "a blanket `# flake8: noqa` hides every finding of the block; "
            "name the codes (# ruff: noqa: F401)",
        ),
        ("x: int = 'one'  # type: ignore", TYPE_IGNORE),
        ("x: int = 'one'  # pyright: ignore", PYRIGHT_IGNORE),
        ("# pyright: basic", lowers("basic")),
        ("# pyright: standard", lowers("standard")),
        ("# pyright: off", lowers("off")),
        ("# pyright: strict=false", lowers("strict=false")),
    ],
)
def test_a_blanket_suppression_in_a_python_block_names_its_line(
    comment: str, message: str
) -> None:
    text = f"Prose.\n\n```python\nimport os\n{comment}\nprint(os.sep)\n```\n"
    assert error_of(text) == f"docs/page.md:5: {message}"


@pytest.mark.parametrize(
    "comment",
    [
        "import sys  # noqa: F401 - imported for its side effect",
        "import sys  # noqa: F401, E501",
        "# ruff: noqa: F401",
        "x: int = 'one'  # pyright: ignore[reportAssignmentType]",
        "x: int = 'one'  # pyright: ignore[reportAssignmentType] - on purpose",
        "x: int = 'one'  # type: ignore[assignment]",
        "# pyright: strict",
        "# pyright: reportUnusedVariable=false",
        'print("# noqa is only text in a string")',
    ],
)
def test_a_suppression_that_names_its_codes_is_kept(comment: str) -> None:
    page = parse_text(f"```python\n{comment}\n```\n", "docs/page.md", SNIPPETS)
    assert page.blocks[0].code == comment + "\n"


def test_a_comment_outside_a_python_block_is_no_suppression() -> None:
    text = "```toml\n# noqa\na = 1\n```\n\n```text\n# type: ignore\n```\n"
    blocks = parse_text(text, "docs/page.md", SNIPPETS).blocks
    assert [b.language for b in blocks] == ["toml", "text"]


def test_a_blanket_suppression_in_an_included_snippet_names_the_snippet() -> None:
    text = 'Prose.\n\n```python\n--8<-- "blanket.py"\n```\n'
    assert error_of(text, GRAMMAR / "snippets") == (
        f"docs/page.md:4: {NOQA} (line 1 of snippet 'blanket.py')"
    )


def outside(name: str) -> str:
    return (
        f"snippet {name!r} is outside snippets/; "
        "a snippet path is relative to snippets/ and stays inside it"
    )


@pytest.mark.parametrize(
    ("text", "line", "name"),
    [
        ('```text\n--8<-- "../secret.txt"\n```\n', 2, "../secret.txt"),
        ("```text\n--8<-- '../secret.txt'\n```\n", 2, "../secret.txt"),
        ('Prose.\n\n--8<-- "../secret.txt"\n', 3, "../secret.txt"),
        ('```text\n--8<-- "sub/../../secret.txt"\n```\n', 2, "sub/../../secret.txt"),
        ("Prose.\n\n--8<--\ninside.py\n../secret.txt\n--8<--\n", 5, "../secret.txt"),
        (
            f'```text\n--8<-- "{(GRAMMAR / "secret.txt").resolve()}"\n```\n',
            2,
            str((GRAMMAR / "secret.txt").resolve()),
        ),
    ],
)
def test_a_snippet_outside_snippets_is_an_error(
    text: str, line: int, name: str
) -> None:
    assert (GRAMMAR / "secret.txt").is_file()  # it exists: reaching it is the fault
    assert (
        error_of(text, GRAMMAR / "snippets") == f"docs/page.md:{line}: {outside(name)}"
    )


def test_a_snippet_inside_snippets_is_included() -> None:
    text = '```python\n--8<-- "./inside.py"\n```\n'
    (block,) = parse_text(text, "docs/page.md", GRAMMAR / "snippets").blocks
    assert block.code == 'print("inside")\n'


@pytest.mark.parametrize(
    ("requires", "message"),
    [
        (
            "3.99",
            'requires="3.99" is no released Python; the newest is 3.15, '
            "and a block for an unreleased one could never run",
        ),
        (
            "3.16",
            'requires="3.16" is no released Python; the newest is 3.15, '
            "and a block for an unreleased one could never run",
        ),
        (
            "3.10",
            'requires="3.10" is below 3.11: the handbook runs on 3.11+, drop requires',
        ),
        (
            "3.8",
            'requires="3.8" is below 3.11: the handbook runs on 3.11+, drop requires',
        ),
    ],
)
def test_requires_names_a_released_python_the_handbook_can_run(
    requires: str, message: str
) -> None:
    assert error_of(f'Text.\n\n```python requires="{requires}"\nx = 1\n```\n') == (
        f"docs/page.md:3: {message}"
    )


@pytest.mark.parametrize(
    ("requires", "version"), [("3.11", (3, 11)), ("3.15", (3, 15))]
)
def test_requires_accepts_the_supported_released_versions(
    requires: str, version: tuple[int, int]
) -> None:
    text = f'```python requires="{requires}"\nx = 1\n```\n'
    assert parse_text(text, "docs/page.md", SNIPPETS).blocks[0].settings.requires == (
        version
    )


@pytest.mark.parametrize(
    ("codes", "message"),
    [
        (
            "XYZ123",
            'lint="expect:XYZ123": ruff has no rule XYZ123 (asked the installed ruff)',
        ),
        (
            "B006,ZZZ999",
            'lint="expect:B006,ZZZ999": ruff has no rule ZZZ999 '
            "(asked the installed ruff)",
        ),
        (
            "reportNoSuchThing",
            'lint="expect:reportNoSuchThing": pyright has no diagnostic rule '
            "reportNoSuchThing (checked against the installed basedpyright)",
        ),
    ],
)
def test_lint_expect_refuses_a_code_no_installed_tool_knows(
    codes: str, message: str
) -> None:
    text = f'Text.\n\n```python lint="expect:{codes}"\nx = 1\n```\n'
    assert error_of(text) == f"docs/page.md:3: {message}"


def test_lint_expect_accepts_real_ruff_and_pyright_codes() -> None:
    text = '```python lint="expect:B006,reportMissingParameterType,reportAny"\nx\n```\n'
    (block,) = parse_text(text, "docs/page.md", SNIPPETS).blocks
    assert block.settings.expected_codes == (
        "B006",
        "reportAny",
        "reportMissingParameterType",
    )


def test_the_pyright_rules_accepted_are_the_ones_basedpyright_knows(
    tmp_path: Path,
) -> None:
    """Every accepted name passes basedpyright's own check of a ``# pyright:`` line."""
    names = pyright_rule_names()
    assert names is not None
    assert {"reportMissingParameterType", "reportAny", "reportCallIssue"} <= names
    lines = [f"# pyright: {name}=false" for name in sorted(names)]
    source = tmp_path / "directives.py"
    source.write_text("\n".join([*lines, "# pyright: reportNoSuchThing=false", ""]))
    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "basedpyright"),
            "--outputjson",
            str(source),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    diagnostics = json.loads(result.stdout)["generalDiagnostics"]
    assert [(d["range"]["start"]["line"] + 1, d["message"]) for d in diagnostics] == [
        (
            len(lines) + 1,
            '"reportNoSuchThing" is an unknown diagnostic rule for pyright comment',
        )
    ]


def test_a_page_is_parsed_again_only_when_it_or_a_snippet_changes(
    tmp_path: Path,
) -> None:
    docs, snippets = tmp_path / "docs", tmp_path / "snippets"
    docs.mkdir()
    snippets.mkdir()
    page = docs / "a.md"
    page.write_text("# A\n")
    (first,) = iter_pages(docs, tmp_path)
    (again,) = iter_pages(docs, tmp_path)
    assert again is first
    page.write_text("# A, edited\n")
    (edited,) = iter_pages(docs, tmp_path)
    assert edited.text == "# A, edited\n"
    (snippets / "new.txt").write_text("x\n")
    (after_snippet,) = iter_pages(docs, tmp_path)
    assert after_snippet is not edited
