"""The parser of pages: blocks, settings, and errors that name the page and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from handbook.blocks import PageError, parse_text
from handbook.settings import strip_handbook_settings

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
