"""The built site: a strict, quiet build that requests nothing from another host."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import cast
from urllib.parse import unquote

from mkdocs.config import load_config  # pyright: ignore[reportUnknownVariableType]
from support import ROOT, Build

from handbook.ledger import page_url
from handbook.mkdocs_plugin import NOTEBOOK_STYLES, SHARE_FROM
from handbook.project import Project
from handbook.reader import PRINT_FOLDER, nav_parts
from handbook.rules import PART_PREFIXES, collect_rules
from handbook.sources import coverage

ASSET_IN_HTML = re.compile(
    r"<(?:script|img|iframe|source|audio|video|embed)\b[^>]*\bsrc=\"(?P<src>[^\"]+)\""
    r"|<link\b[^>]*\bhref=\"(?P<href>[^\"]+)\"[^>]*>"
)
URL_IN_CSS = re.compile(r"(?:url\(|@import\s+)[\"']?(?P<url>[^\"')\s]+)")
CODE_BLOCK = re.compile(r'<div class="[^"]*\bhighlight\b')
EXTERNAL = re.compile(r"^(?:https?:)?//")


def test_the_build_is_strict_and_has_no_warning(built: Build) -> None:
    assert built.returncode == 0, built.output
    assert "WARNING" not in built.output, built.output


def test_html_loads_no_asset_from_another_host(site: Path) -> None:
    offenders: list[str] = []
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for match in ASSET_IN_HTML.finditer(text):
            url = match["src"] or match["href"]
            is_link = match["href"] is not None
            rel = re.search(r'rel="([^"]+)"', match[0])
            if is_link and rel and rel[1] in {"canonical", "alternate", "prev", "next"}:
                continue
            if EXTERNAL.match(url):
                offenders.append(f"{page.relative_to(site)}: {url}")
    assert not offenders, "\n".join(offenders)


def test_css_loads_nothing_from_another_host(site: Path) -> None:
    offenders = [
        f"{sheet.relative_to(site)}: {match['url']}"
        for sheet in site.rglob("*.css")
        for match in URL_IN_CSS.finditer(sheet.read_text(encoding="utf-8"))
        if EXTERNAL.match(match["url"])
    ]
    assert not offenders, "\n".join(offenders)


def test_no_page_triggers_the_themes_optional_remote_loads(site: Path) -> None:
    """No page has what makes the theme load something from another host.

    Material's bundle can load mermaid from unpkg and ask GitHub for repository facts;
    the notebook template can load mermaid from a CDN. Each happens only when a page
    has what triggers it, so no page may have it.
    """
    triggers = {
        'data-md-component="source"': (
            "GitHub API facts (overrides/partials/source.html)"
        ),
        'class="mermaid"': "mermaid from unpkg",
        'class="jp-Mermaid': "mermaid from cdnjs",
    }
    found = [
        f"{page.relative_to(site)}: {reason}"
        for page in site.rglob("*.html")
        for marker, reason in triggers.items()
        if marker in page.read_text(encoding="utf-8")
    ]
    assert not found, "\n".join(found)


def test_every_block_renders_as_a_code_block(project: Project, site: Path) -> None:
    """A fence superfences does not understand becomes a paragraph, silently."""
    wrong: list[str] = []
    for page in project.pages:
        relative = page.path.removeprefix("docs/")
        html = site / page_url(relative) / "index.html"
        rendered = len(CODE_BLOCK.findall(html.read_text(encoding="utf-8")))
        # mkdocstrings adds the code blocks of docstrings to an API page
        api_page = "\n::: " in page.text
        if rendered < len(page.blocks) or (
            rendered > len(page.blocks) and not api_page
        ):
            wrong.append(f"{page.path}: {len(page.blocks)} blocks, {rendered} rendered")
    assert not wrong, "\n".join(wrong)


def test_every_coverage_target_exists(project: Project, site: Path) -> None:
    missing: list[str] = []
    for entry in coverage(project):
        if entry.target is None:
            continue
        page, _, anchor = entry.target.partition("#")
        html = site / page_url(page) / "index.html"
        if not html.exists():
            missing.append(f"{entry.section}: page {page} not built")
        elif anchor and f'id="{anchor}"' not in html.read_text(encoding="utf-8"):
            missing.append(f"{entry.section}: {page} has no anchor {anchor!r}")
    assert not missing, "\n".join(missing)


RULE_HEADING = re.compile(r'<h[2-6]\b[^>]*\bid="(?P<id>[A-Z]{3}-[A-Z]{3}-\d{3})"[^>]*>')


def test_every_rule_renders_as_a_heading_with_its_anchor(
    project: Project, site: Path
) -> None:
    """A heading whose attribute list Markdown cannot read shows it as text instead."""
    wrong: list[str] = []
    for rule in collect_rules(project):
        html = (site / page_url(rule.page) / "index.html").read_text(encoding="utf-8")
        found = [m for m in RULE_HEADING.finditer(html) if m["id"] == rule.id]
        if len(found) != 1 or 'class="rule' not in found[0][0]:
            wrong.append(f"docs/{rule.page}:{rule.line}: {rule.id} has no rule heading")
            continue
        heading = html[found[0].end() : html.index("</h", found[0].end())]
        if "{#" in heading or "{:" in heading:
            wrong.append(f"docs/{rule.page}:{rule.line}: {rule.id}'s attributes show")
    assert not wrong, "\n".join(wrong)


class _Links(HTMLParser):
    """The ``href`` of every ``<a>`` and every ``id`` of one page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag == "a" and values.get("href"):
            self.links.append(str(values["href"]))


def _parsed(path: Path, cache: dict[Path, _Links]) -> _Links:
    if path not in cache:
        parser = _Links()
        parser.feed(path.read_text(encoding="utf-8"))
        cache[path] = parser
    return cache[path]


def test_every_link_between_pages_lands_on_a_file_and_anchor(site: Path) -> None:
    """No page of the site links to a missing page or to an anchor its target lacks.

    mkdocs checks the links of Markdown pages; this also covers what it never sees:
    notebooks' cells, generated pages and the theme's own links. Links that leave the
    site (another host, or above its root, where mike's other versions live) are out
    of scope, and so is the 404 page, whose links are absolute by design.
    """
    cache: dict[Path, _Links] = {}
    broken: list[str] = []
    root = site.resolve()
    for page in sorted(site.rglob("*.html")):
        if page.name == "404.html":
            continue
        parsed = _parsed(page, cache)
        for href in parsed.links:
            if EXTERNAL.match(href) or href.startswith(("mailto:", "javascript:", "/")):
                continue
            path, _, fragment = href.partition("#")
            path = path.split("?", 1)[0]
            target = (page.parent / path).resolve() if path else page
            if target.is_dir():
                target /= "index.html"
            if not target.is_relative_to(root):
                continue
            where = page.relative_to(site).as_posix()
            if not target.exists():
                broken.append(f"{where}: {href} (no such file)")
                continue
            if fragment and target.suffix == ".html":
                ids = _parsed(target, cache).ids
                if unquote(fragment) not in ids:
                    broken.append(f"{where}: {href} (no such anchor)")
    assert not broken, f"{len(broken)} broken links:\n" + "\n".join(broken[:40])


class _Outline(HTMLParser):
    """The headings (level, text) and header cells' text in a page's article."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[tuple[int, str]] = []
        self.header_cells: list[str] = []
        self._depth = 0  # open <article> elements
        self._text: list[str] | None = None
        self._closing = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self._depth += 1
        elif self._depth and re.fullmatch(r"h[1-6]|th", tag):
            self._text, self._closing = [], tag

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._depth -= 1
        elif self._text is not None and tag == self._closing:
            text = " ".join("".join(self._text).split())
            if tag == "th":
                self.header_cells.append(text)
            else:
                self.headings.append((int(tag[1]), text))
            self._text = None

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)


def test_no_page_skips_a_heading_level_or_has_an_empty_header_cell(
    site: Path,
) -> None:
    """What axe-core calls heading-order and empty-table-header, on every page.

    Screen readers list a page's headings as its outline: going down, a heading is at
    most one level below the one before it (a rule straight under the page title is
    a ``##``). A table's header cell names its column for every cell under it.
    """
    wrong: list[str] = []
    for html in sorted(site.rglob("*.html")):
        outline = _Outline()
        outline.feed(html.read_text(encoding="utf-8"))
        where = html.relative_to(site).as_posix()
        previous = 1
        for level, text in outline.headings:
            if level > previous + 1:
                wrong.append(f"{where}: h{level} after h{previous}: {text[:60]}")
            previous = level
        if "" in outline.header_cells:
            wrong.append(f"{where}: a table header cell is empty")
    assert not wrong, "\n".join(wrong)


def test_every_part_s_index_links_its_printable_page(site: Path) -> None:
    """The printable page of a part (reader.py) is reached from the part's index."""
    config = load_config(str(ROOT / "mkdocs.yml"))  # the nav as mkdocs reads it
    parts = nav_parts(cast("object", config.nav))
    assert parts, "mkdocs.yml's nav has no part"
    assert {part.folder for part in parts} <= set(PART_PREFIXES)
    for part in parts:
        index = _Links()
        index.feed((site / part.folder / "index.html").read_text(encoding="utf-8"))
        assert f"../{PRINT_FOLDER}/{part.folder}/" in index.links, part.folder
        assert (site / PRINT_FOLDER / part.folder / "index.html").is_file()


INLINE_STYLE = re.compile(r"<style\b[^>]*>(?P<css>.*?)</style>", re.DOTALL)
STYLESHEET = re.compile(r'<link rel="stylesheet" href="(?P<href>[^"]+)"')
NOTEBOOK_PAGE_MAX = 120_000
"""The notebook page's HTML without its styles is about 100 KB."""


def test_notebook_pages_link_their_stylesheets_instead_of_inlining_them(
    site: Path,
) -> None:
    """The notebooks' 590 KB of CSS is one cached file, not part of each page.

    The stylesheets a notebook page links exist; what stays inline is small, and the
    page is a sixth of its size before (690 KB).
    """
    notebooks = sorted(site.glob("notebooks/*/index.html"))
    assert notebooks, "the site has no notebook page"
    for page in notebooks:
        text = page.read_text(encoding="utf-8")
        inline = max((len(m["css"]) for m in INLINE_STYLE.finditer(text)), default=0)
        assert inline < SHARE_FROM, f"{page}: {inline} characters of inline CSS"
        shared = [
            (page.parent / m["href"]).resolve()
            for m in STYLESHEET.finditer(text)
            if NOTEBOOK_STYLES in m["href"]
        ]
        assert shared, f"{page} links no shared notebook stylesheet"
        assert all(sheet.is_file() and sheet.stat().st_size for sheet in shared)
        assert len(text) < NOTEBOOK_PAGE_MAX, f"{page}: {len(text)} characters"
