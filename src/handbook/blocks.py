"""Parse a Markdown page into its fenced code blocks, once, for every consumer.

The site, the extracted ``examples/`` tree, the tests and the rule index all read
pages through this module, so they can never disagree about what a page contains.

The grammar is strict, so that everything a page publishes as code is tested: an
indented code block or a raw HTML ``<pre>`` is an error, a Python block may not hide
its findings behind a blanket ``# noqa``, ``# type: ignore`` or ``# pyright: basic``,
and a ``--8<--`` include may not reach outside ``snippets/``.
"""

from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import yaml

from handbook.settings import FenceSettings, SettingsError, parse_settings, split_info

OPENING_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^`]*)$")
SNIPPET_LINE = re.compile(r"""^--8<--\s+(?P<quote>["'])(?P<name>.+?)(?P=quote)\s*$""")
FRONT_MATTER = re.compile(r"\A---\n(?P<body>.*?)\n---\n", re.DOTALL)

SNIPPET_INLINE = re.compile(
    r"""^[ \t]*-+8<-+[ \t]+(?P<quote>["'])(?P<name>.+?)(?P=quote)[ \t]*$"""
)
"""A one-line include as pymdownx.snippets reads it, in prose or in a fence."""
SNIPPET_BLOCK_MARKER = re.compile(r"^[ \t]*-+8<-+[ \t]*$")
"""The line that opens and closes a list of includes, one file name a line."""

TAB_LENGTH = 4
"""Python-Markdown's indent: of an indented code block and of a container's content."""
CONTAINER_OPENER = re.compile(
    r"""^(?:
        [-*+][ \t]+\S             # a bullet list item
        | \d+\.[ \t]+\S          # a numbered list item
        | (?:!!!|\?\?\?\+?)[ \t]+\S  # an admonition, collapsible or not
        | ===[!+]?[ \t]+\S         # a content tab
        | \[\^[^\]]+\]:            # a footnote
        | :[ \t]+\S               # a definition
    )""",
    re.VERBOSE,
)
"""A line whose content continues on the lines indented by `TAB_LENGTH` below it."""
ATX_HEADING = re.compile(r"^#{1,6}(?:[ \t]|$)")
RAW_HTML_BLOCK = re.compile(r"^<(?P<tag>[A-Za-z][\w-]*)(?P<attrs>[^>]*)>?")
HTML_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog",
        "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "header",
        "main", "nav", "noscript", "ol", "p", "script", "section", "style",
        "summary", "table", "ul",
    }
)  # fmt: skip
"""Tags that start a raw HTML block, whose lines Python-Markdown leaves alone."""
PRE_TAG = re.compile(r"<pre(?:[\s>]|$)", re.IGNORECASE)
INLINE_CODE = re.compile(r"(`+).+?\1")

INDENTED_CODE = (
    "an indented code block is published but never tested; "
    "fence it with a language (```python)"
)
HTML_PRE = (
    "a <pre> block is published but never tested; fence it with a language (```python)"
)

NOQA = re.compile(r"#\s*noqa(?!\s*:\s*[A-Z]+[0-9]+)", re.IGNORECASE)
FILE_NOQA = re.compile(
    r"#\s*(?P<tool>ruff|flake8)\s*:\s*noqa(?!\s*:\s*[A-Z]+[0-9]+)", re.IGNORECASE
)
TYPE_IGNORE = re.compile(r"#\s*type\s*:\s*ignore(?!\[)")
PYRIGHT_COMMENT = re.compile(r"#\s*pyright\s*:\s*(?P<rest>[^#]*)")
PYRIGHT_KEPT = re.compile(
    r"^(?:ignore\[[^\]]+\]"
    r"|(?:strict|all|recommended"
    r"|report\w+\s*=\s*\w+(?:\s*,\s*report\w+\s*=\s*\w+)*)\s*$)"
)
"""``# pyright:`` comments that raise the checking or name the rule they lift."""


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
        PageError: For an unclosed fence, bad fence settings, bad front matter, a
            missing snippet or one outside ``snippets/``, code published outside a
            fence (indented or ``<pre>``) or a blanket suppression in a Python block,
            naming the page and line.
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
    _check_snippet_paths(name, lines, snippets)
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
    _check_unfenced_code(
        name,
        lines,
        fenced=frozenset(fenced),
        openings=frozenset(block.line for block in blocks),
        first=_front_matter_lines(text),
    )
    return Page(name, text, meta, tuple(blocks), frozenset(fenced))


def iter_pages(docs: Path, root: Path) -> Iterator[Page]:
    """Parse every Markdown page under `docs`, in path order.

    A page whose file and snippets are unchanged since this process last parsed it is
    not parsed again: ``mkdocs serve`` rebuilds after every edit, and re-reading a
    handbook of hundreds of pages cost it most of a second each time.
    """
    snippets = _snippets_stamp(root / "snippets")
    for path in sorted(docs.rglob("*.md")):
        status = path.stat()
        key = (str(path.resolve()), str(root.resolve()))
        stamp = (status.st_mtime_ns, status.st_size, snippets)
        cached = _PARSED.get(key)
        if cached is not None and cached[0] == stamp:
            yield cached[1]
            continue
        page = parse_page(path, root)
        _PARSED[key] = (stamp, page)
        yield page


_PARSED: dict[tuple[str, str], tuple[tuple[int, int, int], Page]] = {}
"""Pages parsed by `iter_pages`, with the stamp of the files they were parsed from."""


def _snippets_stamp(folder: Path) -> int:
    """A number that changes when any file under `folder` changes, appears or goes."""
    if not folder.is_dir():
        return 0
    return hash(
        tuple(
            (str(path), status.st_mtime_ns, status.st_size)
            for path in sorted(folder.rglob("*"))
            if path.is_file() and (status := path.stat())
        )
    )


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
    if language == "python":
        _check_suppressions(name, line, code, snippet)
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


def _check_snippet_paths(name: str, lines: list[str], snippets: Path) -> None:
    """Refuse an include that reaches outside `snippets`, wherever it is written.

    pymdownx.snippets reads ``--8<--`` lines everywhere, inside fences too, so every
    line of the page is checked.
    """
    base = snippets.resolve()
    in_list = False
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n")
        if SNIPPET_BLOCK_MARKER.match(line):
            in_list = not in_list
            continue
        inline = SNIPPET_INLINE.match(line)
        target = inline["name"] if inline else line.strip() if in_list else ""
        if not target:
            continue
        if Path(target).is_absolute() or not (base / target).resolve().is_relative_to(
            base
        ):
            msg = (
                f"snippet {target!r} is outside snippets/; "
                "a snippet path is relative to snippets/ and stays inside it"
            )
            raise PageError(name, number, msg)


def _check_unfenced_code(
    name: str,
    lines: list[str],
    *,
    fenced: frozenset[int],
    openings: frozenset[int],
    first: int,
) -> None:
    """Refuse code that the page publishes outside a fence: it would never be tested.

    An indented code block, in Python-Markdown's sense, is a line indented by four
    spaces more than its container after a blank line (or a heading). A container is a
    list item, an admonition (``!!!``, ``???``), a content tab (``===``), a footnote or
    a definition: its content is indented by four, and is not code. A raw HTML block
    (``<div>`` without ``markdown``, a comment) is left alone, except that a ``<pre>``
    anywhere in prose is refused too.
    """
    containers: list[int] = []
    """The indents of the open containers' content, innermost last."""
    after_break = True
    raw_end: re.Pattern[str] | None = None
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n").expandtabs(TAB_LENGTH)
        if number <= first:
            continue
        if number in fenced:
            if number in openings:
                _close_containers(containers, _indent(line))
            after_break = False
            continue
        if PRE_TAG.search(INLINE_CODE.sub("", line)):
            raise PageError(name, number, HTML_PRE)
        if raw_end is not None:
            if raw_end.search(line):
                raw_end = None
            after_break = not line.strip()
            continue
        if not line.strip():
            after_break = True
            continue
        indent = _indent(line)
        text = line.strip()
        opener = CONTAINER_OPENER.match(text) is not None
        heading = ATX_HEADING.match(text) is not None
        if after_break or opener or heading:
            _close_containers(containers, indent)
        base = containers[-1] if containers else 0
        if after_break and indent >= base + TAB_LENGTH:
            raise PageError(name, number, INDENTED_CODE)
        if opener:
            containers.append(indent + TAB_LENGTH)
        raw_end = _raw_html_end(text)
        if raw_end is not None and raw_end.search(text[1:]):
            raw_end = None
        after_break = heading


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _close_containers(containers: list[int], indent: int) -> None:
    while containers and containers[-1] > indent:
        containers.pop()


def _raw_html_end(text: str) -> re.Pattern[str] | None:
    """For a line that opens a raw HTML block, the pattern of the line that ends it."""
    if text.startswith("<!--"):
        return re.compile("-->")
    match = RAW_HTML_BLOCK.match(text)
    if match is None or match["tag"].lower() not in HTML_BLOCK_TAGS:
        return None
    if re.search(r"\bmarkdown\b", match["attrs"]):
        return None  # md_in_html: its content is Markdown, read like any other
    return re.compile(rf"</{re.escape(match['tag'])}\s*>", re.IGNORECASE)


def _check_suppressions(name: str, line: int, code: str, snippet: str | None) -> None:
    """Refuse a comment in a Python block that silences findings without naming them."""
    for offset, comment in _comments(code):
        problem = _blanket(comment)
        if problem is None:
            continue
        if snippet is None:
            raise PageError(name, line + offset, problem)
        where = f" (line {offset} of snippet {snippet!r})"
        raise PageError(name, line + 1, problem + where)


def _comments(code: str) -> Iterator[tuple[int, str]]:
    """``(line, text)`` of each comment of `code`, lines from 1.

    Read with `tokenize`, so that a ``#`` inside a string is no comment; code that
    does not tokenize is read line by line instead.
    """
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(code).readline))
    except (tokenize.TokenError, SyntaxError):
        for number, text in enumerate(code.splitlines(), start=1):
            if "#" in text:
                yield number, text[text.index("#") :]
        return
    for token in tokens:
        if token.type == tokenize.COMMENT:
            yield token.start[0], token.string


def _blanket(comment: str) -> str | None:
    """What is wrong with a comment that silences every finding, or None."""
    if match := FILE_NOQA.search(comment):
        tool = match["tool"].lower()
        return (
            f"a blanket `# {tool}: noqa` hides every finding of the block; "
            "name the codes (# ruff: noqa: F401)"
        )
    if NOQA.search(comment):
        return "a blanket `# noqa` hides every finding; name the codes (# noqa: F401)"
    if TYPE_IGNORE.search(comment):
        return (
            "a blanket `# type: ignore` hides every finding; name the rule "
            "(# pyright: ignore[reportCallIssue])"
        )
    match = PYRIGHT_COMMENT.search(comment)
    if match is None or PYRIGHT_KEPT.match(match["rest"]):
        return None
    rest = match["rest"].strip()
    if rest.startswith("ignore"):
        return (
            "a blanket `# pyright: ignore` hides every finding; name the rule "
            "(# pyright: ignore[reportCallIssue])"
        )
    return (
        f"`# pyright: {rest}` lowers the type checking of the whole block, which the "
        "handbook checks in strict mode; name the rule on its line "
        "(# pyright: ignore[reportCallIssue])"
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
