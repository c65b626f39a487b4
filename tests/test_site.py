"""The built site: a strict, quiet build that requests nothing from another host."""

from __future__ import annotations

import re
from pathlib import Path

from support import Build

from handbook.ledger import page_url
from handbook.project import Project
from handbook.rules import collect_rules
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
