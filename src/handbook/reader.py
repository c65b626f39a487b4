"""What the site adds for its readers beyond the rules: page metadata, extra pages.

Called by the handbook's mkdocs plugin (`handbook.mkdocs_plugin`):

- `update_page` gives every page a description of its own (``page.meta.description``,
  which the theme writes into ``<meta name="description">``): the front matter's
  ``description:`` if the page has one, else the page's first paragraph of prose as
  plain text, cut at a word boundary near `DESCRIPTION_LENGTH` characters.
- It also sets ``page.meta.last_updated``, the date (``YYYY-MM-DD``, UTC) of the last
  commit that changed the page's source file, which
  ``overrides/partials/source-file.html`` shows under the page in a ``<time>``. The
  dates come from one ``git log`` per build. Where git cannot know a file's last
  change (no git, a tarball of the sources rather than a checkout, a file never
  committed, or a shallow clone whose history stops before the file's last change)
  the page shows no date rather than a wrong one. A shallow clone, such as GitHub's
  default checkout of depth 1, therefore dates only the files its commits changed:
  the publishing workflow needs the full history (``fetch-depth: 0``) to date them all.
- `extra_files` adds one printable page per part, ``print/<part>/``: a thin page that
  lists the part's chapters in the order of the navigation, whose script
  (``overrides/assets/javascripts/print-part.js``) fetches each chapter's built page
  and puts its article on the one page, so that nothing is rendered twice at build
  time.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
import subprocess
import weakref
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import cast

import markdown
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.structure.pages import Page as MkdocsPage

from handbook.project import Project
from handbook.rules import PART_PREFIXES

DESCRIPTION_LENGTH = 160
"""The longest description made from a page's prose, ellipsis included."""

PRINT_FOLDER = "print"
"""Where the printable parts live in the site: ``print/<part>/``."""

PRINT_SCRIPT = "assets/javascripts/print-part.js"
"""The printable page's script; it adds ``assets/stylesheets/print-part.css`` itself."""


def update_page(page: MkdocsPage, config: MkDocsConfig) -> None:
    """Fill in a page's metadata (called from ``on_page_markdown``).

    Sets ``description`` (always) and ``last_updated`` (where git knows the date).
    """
    meta = page.meta
    # The theme writes the value into an attribute as it is (mkdocs' templates do not
    # escape): it is escaped here, and marked so that a template that does escape
    # leaves it alone.
    escaped = html.escape(page_description(page, config))
    meta["description"] = Markup(escaped)  # noqa: S704 - escaped on the line above
    updated = None
    if page.file.abs_src_path is not None:
        dates = build_dates(config)
        updated = dates.get(page.file.src_uri)
    if updated is None:
        meta.pop("last_updated", None)
    else:
        meta["last_updated"] = updated


def extra_files(project: Project, config: MkDocsConfig) -> list[File]:
    """Generated pages and files to add to the site (called from ``on_files``)."""
    return [
        File.generated(
            config,
            f"{PRINT_FOLDER}/{part.folder}.md",
            content=print_markdown(part, project),
            inclusion=InclusionLevel.NOT_IN_NAV,
        )
        for part in nav_parts(cast("object", config.nav))
    ]


# Descriptions ---------------------------------------------------------------------

_FENCE = re.compile(r"^\s*(?P<fence>`{3,}|~{3,})")
_BLOCK_START = re.compile(
    r"""^(?:
        \#{1,6}(?:\s|$)              # ATX heading
      | (?:!!!|\?\?\?\+?|===)\s      # admonition, collapsible, content tab
      | :::                          # mkdocstrings
      | -{2}8<-{2}                   # snippet include
      | <                            # raw HTML
      | \|                           # table
      | >                            # block quote
      | [-*+]\s                      # bullet list
      | \d+[.)]\s                    # ordered list
      | \*\[                         # abbreviation
      | \[\^[^\]]*\]:                # footnote definition
      | \[[^\]]+\]:\s                # link reference definition
      | \{:?                         # attribute list on its own line
      | (?:-\s*){3,}$ | (?:\*\s*){3,}$ | (?:_\s*){3,}$   # rule
      | \$\$                         # display maths
    )""",
    re.VERBOSE,
)
_SETEXT = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]]*\]")
_SPACE = re.compile(r"\s+")


def page_description(page: MkdocsPage, config: MkDocsConfig) -> str:
    """The page's description as plain text: its front matter's, or its first paragraph.

    A page without a paragraph of prose is described by its title and the site's name.
    """
    given = page.meta.get("description")
    if isinstance(given, Markup):  # set by update_page already: read it back
        given = given.unescape()
    if isinstance(given, str) and given.strip():
        return _SPACE.sub(" ", given).strip()
    source = page.markdown or ""
    if page.file.src_uri.endswith(".ipynb"):
        source = notebook_markdown(source)
    paragraph = first_paragraph(source)
    if paragraph:
        return trim(plain_text(paragraph))
    title = cast("object", page.title)
    name = title if isinstance(title, str) and title else page.file.name
    return trim(f"{plain_text(name)}, a page of {config.site_name}.")


def notebook_markdown(text: str) -> str:
    """The Markdown cells of a notebook's JSON, one after another."""
    try:
        notebook: object = json.loads(text)
    except ValueError:
        return ""
    if not isinstance(notebook, dict):
        return ""
    cells = cast("dict[str, object]", notebook).get("cells")
    if not isinstance(cells, list):
        return ""
    out: list[str] = []
    for cell in cast("list[object]", cells):
        if not isinstance(cell, dict):
            continue
        fields = cast("dict[str, object]", cell)
        if fields.get("cell_type") != "markdown":
            continue
        source = fields.get("source", "")
        if isinstance(source, list):
            source = "".join(str(line) for line in cast("list[object]", source))
        out.append(str(source))
    return "\n\n".join(out)


def first_paragraph(text: str) -> str:
    """The first paragraph of prose in Markdown `text`, its lines joined.

    Headings, code, admonitions, lists, tables, quotes, raw HTML and indented blocks
    are not prose: the paragraph is the first run of lines that starts a block of its
    own at the left margin and is none of those.
    """
    lines = text.splitlines()
    i = 0
    starts_block = True  # the line follows a blank line, or is the first
    while i < len(lines):
        line = lines[i]
        fence = _FENCE.match(line)
        if fence is not None:
            i = _after_fence(lines, i, fence["fence"])
            starts_block = False
            continue
        i += 1
        if not line.strip():
            starts_block = True
            continue
        if not starts_block or _indented(line) or _BLOCK_START.match(line):
            starts_block = False
            continue
        paragraph = [line.strip()]
        while i < len(lines) and lines[i].strip():
            following = lines[i].lstrip()
            if _SETEXT.match(lines[i]):
                paragraph = []  # the lines were a Setext heading's
                i += 1
                break
            if _FENCE.match(following) or _BLOCK_START.match(following):
                break
            paragraph.append(following.strip())
            i += 1
        if paragraph:
            return " ".join(paragraph)
        starts_block = False
    return ""


def _after_fence(lines: list[str], start: int, fence: str) -> int:
    """The index of the line after the fence opened at `start` closes."""
    closing = re.compile(rf"^\s*{re.escape(fence[0])}{{{len(fence)},}}\s*$")
    for index in range(start + 1, len(lines)):
        if closing.match(lines[index]):
            return index + 1
    return len(lines)


def _indented(line: str) -> bool:
    return line.startswith("\t") or len(line) - len(line.lstrip(" ")) >= 4  # noqa: PLR2004


class _TextOnly(HTMLParser):
    """Collects the text of an HTML fragment, entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


_MARKDOWN = markdown.Markdown(extensions=["attr_list"])


def plain_text(source: str) -> str:
    """Inline Markdown as the reader sees it: no markup, links as their text."""
    _MARKDOWN.reset()
    rendered = _MARKDOWN.convert(_FOOTNOTE_REF.sub("", source))
    parser = _TextOnly()
    parser.feed(rendered)
    parser.close()
    return _SPACE.sub(" ", "".join(parser.parts)).strip()


def trim(text: str, limit: int = DESCRIPTION_LENGTH) -> str:
    """`text`, or as much of its start as fits in `limit` characters.

    The cut falls after the last whole sentence if that keeps more than half of
    `limit`, else at the last word boundary, marked with an ellipsis.
    """
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    sentence = max(cut.rfind(end) for end in (". ", "! ", "? "))
    if sentence + 1 > limit // 2:
        return cut[: sentence + 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-\u2013\u2014") + "\u2026"


# Last-updated dates from git ------------------------------------------------------

GIT_LOG = (
    "git",
    "-c",
    "log.showSignature=false",
    "log",
    "-z",
    "--format=%x01%ct %D",
    "--name-only",
    "--relative",
    # No ref is named here: the only decoration left is "grafted", the boundary
    # commit of a shallow clone, whose listed files may have changed long before it.
    "--decorate-refs=refs/handbook/no-ref-is-named-this",
    "--",
    ".",
)
"""One call for the whole build: every commit touching the docs, newest first."""


@dataclass
class _Cached:
    config: weakref.ref[MkDocsConfig]
    dates: dict[str, str]


_cache: list[_Cached] = []


def build_dates(config: MkDocsConfig) -> Mapping[str, str]:
    """The last-change dates of the docs, read once per build (per `config` object)."""
    if _cache and _cache[0].config() is config:
        return _cache[0].dates
    dates = git_dates(Path(config.docs_dir))
    _cache[:] = [_Cached(weakref.ref(config), dates)]
    return dates


def git_dates(docs: Path) -> dict[str, str]:
    """``{path under docs: YYYY-MM-DD}`` of the last commit that changed each file.

    Empty where git or a repository is missing. A file whose newest commit is a
    shallow clone's boundary is left out: that commit lists every file it holds, so
    its date is not the file's last change.
    """
    try:
        result = subprocess.run(  # noqa: S603 - a fixed command
            GIT_LOG, cwd=docs, capture_output=True, check=False, timeout=60
        )
    except (OSError, subprocess.SubprocessError):
        return {}
    if result.returncode != 0:
        return {}
    return parse_git_log(result.stdout.decode("utf-8", "surrogateescape"))


def parse_git_log(output: str) -> dict[str, str]:
    """Read `GIT_LOG`'s output: a path's first (newest) commit gives its date."""
    dates: dict[str, str] = {}
    unknown: set[str] = set()
    for commit in output.split("\x01"):
        header, _, names = commit.partition("\x00")
        stamp, _, decorations = header.partition(" ")
        if not stamp.strip().isdigit():
            continue
        grafted = "grafted" in (d.strip() for d in decorations.split(","))
        day = datetime.fromtimestamp(int(stamp), tz=UTC).date().isoformat()
        for name in names.split("\x00"):
            path = name.strip("\n")
            if not path or path in dates or path in unknown:
                continue
            if grafted:
                unknown.add(path)
            else:
                dates[path] = day
    return dates


# Printable parts ------------------------------------------------------------------


@dataclass(frozen=True)
class NavPart:
    """A part of the handbook as the navigation lists it."""

    folder: str
    """Its folder under ``docs/``, e.g. ``pds``."""
    title: str
    """The navigation's name for it."""
    pages: tuple[str, ...]
    """Its pages (``pds/index.md`` first), in the navigation's order."""


def nav_parts(nav: object) -> list[NavPart]:
    """The parts in mkdocs.yml's ``nav``: one part's folder, its index page first."""
    if not isinstance(nav, list):
        return []
    parts: list[NavPart] = []
    for entry in cast("list[object]", nav):
        if not isinstance(entry, dict) or len(cast("dict[object, object]", entry)) != 1:
            continue
        ((title, items),) = cast("dict[object, object]", entry).items()
        pages = list(_nav_pages(items))
        folders = {page.split("/", 1)[0] for page in pages}
        if len(folders) != 1:
            continue
        (folder,) = folders
        if folder in PART_PREFIXES and f"{folder}/index.md" in pages:
            parts.append(NavPart(folder, str(title), tuple(pages)))
    return parts


def _nav_pages(items: object) -> Iterator[str]:
    """The local pages of a nav section, depth first, in order."""
    if isinstance(items, str):
        if "://" not in items:
            yield items
    elif isinstance(items, list):
        for item in cast("list[object]", items):
            yield from _nav_pages(item)
    elif isinstance(items, dict):
        for value in cast("dict[object, object]", items).values():
            yield from _nav_pages(value)


def print_markdown(part: NavPart, project: Project) -> str:
    """The printable page of `part`: its chapters' links, for print-part.js to fill."""
    here = f"{PRINT_FOLDER}/{part.folder}.md"
    folder = posixpath.dirname(here)
    root = "../" * (here.count("/") + 1)  # from print/<part>/ to the site's root
    items = "\n".join(
        f"1. [{_link_text(chapter_title(page, project))}]"
        f"({posixpath.relpath(page, folder)})"
        for page in part.pages
    )
    return (
        "---\n"
        f"title: {json.dumps(part.title + ' (printable)')}\n"
        "search:\n  exclude: true\n"
        "hide:\n  - navigation\n  - toc\n"
        "---\n\n"
        f"# {part.title}, all on one page\n\n"
        f"Every chapter of *{part.title}* on one page, in the order of the "
        "navigation, to print or to read from start to end.\n\n"
        f'<div class="print-part" data-print-part="{part.folder}" markdown>\n\n'
        '<p class="print-part__status" role="status" data-print-status>'
        "The chapters load below; without JavaScript, follow the links.</p>\n\n"
        '<p class="print-part__actions">'
        '<button type="button" class="md-button md-button--primary" '
        "data-print-button hidden>Print this part</button></p>\n\n"
        '<nav class="print-part__contents" aria-label="Chapters" markdown>\n\n'
        f"{items}\n\n"
        "</nav>\n\n"
        '<div class="print-part__chapters" data-print-chapters></div>\n\n'
        "</div>\n\n"
        f'<script src="{root}{PRINT_SCRIPT}"></script>\n'
    )


def chapter_title(src: str, project: Project) -> str:
    """A page's title: its front matter's, or its first heading, or its file name."""
    page = next((p for p in project.pages if p.path == f"docs/{src}"), None)
    if page is not None:
        title = page.meta.get("title")
        if isinstance(title, str) and title.strip():
            return title.strip()
        text = "\n".join(line for _, line in page.prose_lines())
    elif src.endswith(".ipynb"):
        path = project.root / "docs" / src
        notebook = path.read_text(encoding="utf-8") if path.is_file() else ""
        text = notebook_markdown(notebook)
    else:
        text = ""
    heading = re.search(r"^#\s+(.+?)\s*(?:\{[^}]*\})?\s*#*\s*$", text, re.MULTILINE)
    if heading is not None:
        return heading[1]
    return posixpath.splitext(posixpath.basename(src))[0].replace("-", " ").capitalize()


def _link_text(title: str) -> str:
    """A title made safe as the text of a Markdown link."""
    return re.sub(r"([\[\]\\])", r"\\\1", title)
