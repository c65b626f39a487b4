"""The registry of formats: one definition per language; the guide's tables from it."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest

from handbook.formats import (
    FORMATS,
    KINDS,
    canonical_language,
    fence_settings_markdown,
    format_of,
    formats_markdown,
    kind_by_title,
)
from handbook.mkdocs_plugin import FENCE_SETTINGS_MARKER, FORMATS_MARKER
from handbook.settings import HANDBOOK_SETTINGS, HIGHLIGHTER_SETTINGS
from handbook.validators import BY_FORMAT, BY_KIND, ENGINE_LANGUAGES

GUIDE = Path(__file__).parents[1] / "docs" / "guide" / "writing-a-chapter.md"

# What the handbook knew before the registry, spelled out so the registry is held to it
# even after the old tables (settings.LANGUAGE_ALIASES, extract.EXTENSIONS,
# extract.COMMENT_PREFIX / COMMENT_SUFFIX) are gone.
ALIASES = {
    "py": "python",
    "python3": "python",
    "sh": "bash",
    "shell": "bash",
    "yml": "yaml",
    "docker": "dockerfile",
    "make": "makefile",
    "justfile": "just",
    "cfg": "ini",
    "md": "markdown",
    "sqlite": "sql",
}
EXTENSIONS = {
    "python": "py",
    "console": "console",
    "toml": "toml",
    "yaml": "yaml",
    "json": "json",
    "bash": "sh",
    "dockerfile": "dockerfile",
    "makefile": "mk",
    "just": "just",
    "ini": "ini",
    "sql": "sql",
    "text": "txt",
    "markdown": "md",
}
COMMENTS = {"markdown": ("<!-- ", " -->"), "json": ("", ""), "sql": ("-- ", "")}
"""Every other format comments with ``# `` and nothing after."""


def test_the_registry_holds_every_language_with_its_file_and_comment() -> None:
    assert {fmt.name: fmt.extension for fmt in FORMATS} == EXTENSIONS
    for fmt in FORMATS:
        expected = COMMENTS.get(fmt.name, ("# ", ""))
        assert (fmt.comment_prefix, fmt.comment_suffix) == expected, fmt.name


@pytest.mark.parametrize(("alias", "name"), ALIASES.items())
def test_an_alias_names_its_format_in_any_case(alias: str, name: str) -> None:
    assert canonical_language(alias) == name
    found = format_of(alias.upper())
    assert found is not None
    assert found.name == name


def test_an_unknown_language_has_no_format() -> None:
    assert format_of("Klingon") is None
    assert canonical_language(" Klingon ") == "klingon"


def test_each_spelling_and_each_extension_belongs_to_one_format() -> None:
    spellings = [spelling for fmt in FORMATS for spelling in fmt.spellings]
    assert len(spellings) == len(set(spellings))
    extensions = [fmt.extension for fmt in FORMATS]
    assert len(extensions) == len(set(extensions))


def test_every_format_and_kind_has_a_check() -> None:
    validated = set(BY_FORMAT) | {kind.language for kind in KINDS}
    assert validated == {fmt.name for fmt in FORMATS} - ENGINE_LANGUAGES
    assert set(BY_KIND) == {kind.name for kind in KINDS}
    assert {kind.language for kind in KINDS} <= {fmt.name for fmt in FORMATS}


@pytest.mark.parametrize(
    ("language", "title", "kind"),
    [
        ("toml", "pyproject.toml", "pyproject"),
        ("toml", "backend/pyproject.toml", "pyproject"),
        ("toml", "pyproject.toml.orig", None),
        ("yaml", "pyproject.toml", None),
        ("toml", ".ruff.toml", "ruff"),
        ("yml", ".github/workflows/docs.yml", "workflow"),
        ("yaml", "ci.yml", None),
        ("yaml", ".github/actions/setup/action.yml", "action"),
        ("yaml", ".github/dependabot.yml", "dependabot"),
        ("yaml", "dependabot.yml", None),
        ("cfg", ".editorconfig", "editorconfig"),
        ("text", "src tree", "tree"),
        ("text", None, None),
    ],
)
def test_a_title_picks_its_kind(
    language: str, title: str | None, kind: str | None
) -> None:
    found = kind_by_title(language, title)
    assert (found.name if found else None) == kind


class Cells(HTMLParser):
    """The text of each table row of an HTML page, as a list of cells."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        del attrs
        if tag == "tr":
            self.rows.append([])
        elif tag in {"td", "th"}:
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in {"td", "th"} and self.cell is not None:
            self.rows[-1].append("".join(self.cell).strip())
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


@pytest.fixture(scope="module")
def guide_rows() -> list[list[str]]:
    """The guide page with its markers filled as the plugin fills them, rendered."""
    text = GUIDE.read_text(encoding="utf-8")
    assert text.count(FENCE_SETTINGS_MARKER) == 1
    assert text.count(FORMATS_MARKER) == 1
    assert "| setting | meaning |" not in text  # the hand-written tables are gone
    assert "| language | validated with |" not in text
    text = text.replace(FENCE_SETTINGS_MARKER, fence_settings_markdown())
    text = text.replace(FORMATS_MARKER, formats_markdown())
    cells = Cells()
    cells.feed(markdown.markdown(text, extensions=["tables"]))
    return cells.rows


def test_the_guide_lists_every_fence_setting(guide_rows: list[list[str]]) -> None:
    settings = {row[0]: row for row in guide_rows if row}
    for name in HIGHLIGHTER_SETTINGS:
        assert settings[name][1] == "the highlighter"
    for name, meaning in HANDBOOK_SETTINGS.items():
        assert settings[name][1].startswith("the handbook")
        assert settings[name][2] == markdown_text(meaning)


def test_the_guide_lists_every_format_and_kind(guide_rows: list[list[str]]) -> None:
    by_language = {row[0]: row for row in guide_rows}
    for fmt in FORMATS:
        row = by_language[", ".join(fmt.spellings)]
        assert row[1] == f".{fmt.extension}"
        assert markdown_text(fmt.validates or "nothing") == row[2]
    for kind in KINDS:
        (row,) = [
            row
            for row in guide_rows
            if row[0].startswith(f"{kind.language} titled ")
            and all(pattern in row[0] for pattern in kind.title_patterns)
        ]
        assert row[2] == markdown_text(kind.validates)
        if kind.shape:
            assert markdown_text(kind.shape) in row[0]


class Text(HTMLParser):
    """All the text of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def markdown_text(source: str) -> str:
    """The text a reader sees of one line of Markdown."""
    text = Text()
    text.feed(markdown.markdown(source))
    return "".join(text.parts).strip()
