"""Parse a Markdown page into its fenced code blocks, once, for every consumer.

The site, the extracted ``examples/`` tree, the tests and the rule index all read
pages through this module, so they can never disagree about what a page contains.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import yaml

from handbook.settings import FenceSettings, SettingsError, parse_settings, split_info

OPENING_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^`]*)$")
SNIPPET_LINE = re.compile(r'^--8<--\s+"(?P<name>[^"]+)"\s*$')
FRONT_MATTER = re.compile(r"\A---\n(?P<body>.*?)\n---\n", re.DOTALL)


class PageError(ValueError):
    """A page cannot be parsed; the message starts with ``page:line:``."""

    def __init__(self, page: str, line: int, message: str) -> None:
        """Keep where the error is, so callers can point an author at it."""
        super().__init__(f"{page}:{line}: {message}")
        self.page = page
        self.line = line


@dataclass(frozen=True)
class Block:
    """One fenced code block of a page."""

    page: str
    """The page's path relative to the repository, e.g. ``docs/pds/testing.md``."""
    line: int
    """The 1-based line of the opening fence."""
    index: int
    """The block's position on its page, from 1."""
    language: str
    info: str
    """The fence's info string as written."""
    settings: FenceSettings
    code: str
    """The block's code, dedented, ending in a newline; snippets already included."""
    indent: int
    start_offset: int
    """Character offset of the code in the page text (for rewriting ``#>`` output)."""
    end_offset: int
    from_snippet: str | None = None
    """The snippet file the code came from, if any."""

    @property
    def location(self) -> str:
        """``page:line``, the way every message names a block."""
        return f"{self.page}:{self.line}"

    @property
    def code_line(self) -> int:
        """The page line of the block's first line of code."""
        return self.line + 1


@dataclass(frozen=True)
class Page:
    """A parsed page: its text, front matter and blocks."""

    path: str
    text: str
    meta: dict[str, object] = field(default_factory=dict[str, object])
    blocks: tuple[Block, ...] = ()
    fenced_lines: frozenset[int] = frozenset()
    """1-based numbers of the lines inside or on a fence, which are not prose."""

    def prose_lines(self) -> Iterator[tuple[int, str]]:
        """Yield ``(number, text)`` of lines outside code blocks and front matter."""
        first = _front_matter_lines(self.text)
        for number, line in enumerate(self.text.splitlines(), start=1):
            if number > first and number not in self.fenced_lines:
                yield number, line


def parse_page(path: Path, root: Path, snippets: Path | None = None) -> Page:
    """Parse one Markdown file.

    Args:
        path: The page.
        root: The repository root; block locations are relative to it.
        snippets: The folder ``--8<--`` lines are read from (default ``root/snippets``).

    Returns:
        The parsed page.

    Raises:
        PageError: For an unclosed fence, bad fence settings, bad front matter or
            a missing snippet, naming the page and line.
    """
    name = path.resolve().relative_to(root.resolve()).as_posix()
    text = path.read_text(encoding="utf-8")
    return parse_text(text, name, snippets or root / "snippets")


def parse_text(text: str, name: str, snippets: Path) -> Page:
    """Parse Markdown text as if it were the page `name`.

    Args:
        text: The page's Markdown.
        name: Its path relative to the repository, used in locations.
        snippets: The folder ``--8<--`` lines are read from.

    Returns:
        The parsed page.
    """
    meta = _front_matter(text, name)
    lines = text.splitlines(keepends=True)
    offsets = _line_offsets(lines)
    blocks: list[Block] = []
    fenced: set[int] = set()
    i = 0
    while i < len(lines):
        opening = OPENING_FENCE.match(lines[i].rstrip("\n"))
        if opening is None:
            i += 1
            continue
        close = _closing_index(lines, i, opening["fence"])
        if close is None:
            raise PageError(name, i + 1, "this code fence is never closed")
        fenced.update(range(i + 1, close + 2))
        blocks.append(
            _make_block(
                name=name,
                lines=lines,
                offsets=offsets,
                open_index=i,
                close_index=close,
                indent=len(opening["indent"].expandtabs(4)),
                info=opening["info"].strip(),
                index=len(blocks) + 1,
                snippets=snippets,
            )
        )
        i = close + 1
    return Page(name, text, meta, tuple(blocks), frozenset(fenced))


def iter_pages(docs: Path, root: Path) -> Iterator[Page]:
    """Parse every Markdown page under `docs`, in path order."""
    for path in sorted(docs.rglob("*.md")):
        yield parse_page(path, root)


def _make_block(  # noqa: PLR0913 - the parser's state, passed once
    *,
    name: str,
    lines: list[str],
    offsets: list[int],
    open_index: int,
    close_index: int,
    indent: int,
    info: str,
    index: int,
    snippets: Path,
) -> Block:
    line = open_index + 1
    language, pairs, leftover = split_info(info)
    if not language:
        raise PageError(name, line, "a code block needs a language, e.g. ```python")
    try:
        settings = parse_settings(pairs, leftover)
    except SettingsError as error:
        raise PageError(name, line, str(error)) from None
    body = lines[open_index + 1 : close_index]
    code = "".join(_dedent(raw, indent) for raw in body)
    snippet = _snippet_name(code)
    if snippet is not None:
        source = snippets / snippet
        if not source.is_file():
            raise PageError(
                name, line + 1, f"snippet {snippet!r} not found in {snippets}"
            )
        code = source.read_text(encoding="utf-8")
    return Block(
        page=name,
        line=line,
        index=index,
        language=language,
        info=info,
        settings=settings,
        code=code if code.endswith("\n") or not code else code + "\n",
        indent=indent,
        start_offset=offsets[open_index + 1],
        end_offset=offsets[close_index],
        from_snippet=snippet,
    )


def _closing_index(lines: list[str], open_index: int, fence: str) -> int | None:
    closing = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
    for j in range(open_index + 1, len(lines)):
        if closing.match(lines[j].rstrip("\n")):
            return j
    return None


def _dedent(raw: str, indent: int) -> str:
    if indent == 0:
        return raw  # keeps a Makefile's tabs
    expanded = raw.expandtabs(4) if raw.startswith("\t") else raw
    prefix = len(expanded) - len(expanded.lstrip(" "))
    return expanded[min(prefix, indent) :]


def _snippet_name(code: str) -> str | None:
    stripped = [line for line in code.splitlines() if line.strip()]
    if len(stripped) == 1:
        match = SNIPPET_LINE.match(stripped[0].strip())
        if match:
            return match["name"]
    return None


def _line_offsets(lines: list[str]) -> list[int]:
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    return offsets


def _front_matter(text: str, name: str) -> dict[str, object]:
    match = FRONT_MATTER.match(text)
    if match is None:
        return {}
    try:
        loaded: object = yaml.safe_load(match["body"])
    except yaml.YAMLError as error:
        raise PageError(name, 1, f"front matter is not valid YAML: {error}") from None
    if not isinstance(loaded, dict):
        raise PageError(name, 1, "front matter must be a mapping")
    mapping = cast("dict[object, object]", loaded)
    return {str(key): value for key, value in mapping.items()}


def _front_matter_lines(text: str) -> int:
    match = FRONT_MATTER.match(text)
    return match["body"].count("\n") + 3 if match else 0
