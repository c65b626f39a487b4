"""The mkdocs side of the handbook: what the site adds to plain Markdown.

- Removes the handbook's own fence settings before a page renders (superfences would
  otherwise turn a fence with an unknown option into a paragraph, silently).
- Shows each rule's ID, level, linter codes, the releases that added and last changed
  it (`handbook.history`) and a copy-link button under its heading.
- Fills the rule index, the coverage map and the writing guide's tables of fence
  settings and formats into their pages.
- Adds a short link ``r/<ID>/`` for every rule, a tombstone for every retired one, and
  ``rules.json`` for tools.
"""

from __future__ import annotations

import hashlib
import html
import json
import posixpath
import re
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page as MkdocsPage

from handbook.blocks import Page, PageError, parse_text
from handbook.console import placeholders_markdown
from handbook.formats import fence_settings_markdown, formats_markdown
from handbook.history import History, histories_of
from handbook.ledger import Retired, page_url, retired_rules, reused_ids
from handbook.project import Project, load_project
from handbook.reader import chapter_title, extra_files, update_page
from handbook.rules import (
    HEADING,
    LEVELS,
    PART_PREFIXES,
    Rule,
    checklist_problems,
    collect_rules,
)
from handbook.search_ids import SEARCH_IDS, search_ids_json
from handbook.settings import strip_handbook_settings
from handbook.sources import coverage

LINK = re.compile(r"\]\((?P<target>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
"""An inline Markdown link's target."""
INLINE_CODE = re.compile(r"`+[^`]*`+")
"""Inline code spans, whose brackets and parentheses are no links."""
log = get_plugin_logger(__name__)

RULE_INDEX_MARKER = "<!-- handbook:rule-index -->"
SOURCES_MARKER = "<!-- handbook:sources -->"
FENCE_SETTINGS_MARKER = "<!-- handbook:fence-settings -->"
FORMATS_MARKER = "<!-- handbook:formats -->"
PLACEHOLDERS_MARKER = "<!-- handbook:console-placeholders -->"
LEVEL_LABEL = {"must": "must", "should": "should", "may": "may"}


class HandbookConfig(Config):
    """The plugin takes no options: everything it needs is in the pages."""


class HandbookPlugin(BasePlugin[HandbookConfig]):
    """Registered as ``handbook`` under ``plugins:`` in mkdocs.yml."""

    def __init__(self) -> None:
        """Start with nothing loaded; `on_config` parses the pages."""
        self.project: Project | None = None
        self.rules: dict[str, Rule] = {}
        self.histories: dict[str, History] = {}
        self.page_urls: dict[str, str] = {}
        self.sources_table = ""
        self.pages: dict[str, Page] = {}
        self.stylesheets: dict[str, str] = {}
        """Stylesheets to write at the end of the build: their path in the site, CSS."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Parse every page once and collect the rules."""
        root = Path(config.config_file_path).parent
        try:
            self.project = load_project(root)
            self.rules = {rule.id: rule for rule in collect_rules(self.project)}
            self.histories = histories_of(root, self.project, self.rules.values())
            self.pages = {page.path: page for page in self.project.pages}
            self.sources_table = sources_markdown(self.project)
        except PageError as error:
            raise PluginError(str(error)) from None
        reused = reused_ids(list(self.rules.values()), retired_rules(root))
        if reused:
            raise PluginError("\n".join(reused))
        unexplained = checklist_problems(self.project, self.rules.values())
        if unexplained:
            raise PluginError("\n".join(unexplained))
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Add each rule's short link, each retired rule's tombstone, and rules.json."""
        self.page_urls = {f.src_uri: f.url for f in files.documentation_pages()}
        for rule in self.rules.values():
            url = self.page_urls.get(rule.page, page_url(rule.page))
            html_page = redirect_html(
                rule, f"../../{url}#{rule.anchor}", self.histories[rule.id], self.rules
            )
            files.append(
                File.generated(config, f"r/{rule.id}/index.html", content=html_page)
            )
        root = Path(config.config_file_path).parent
        for rule_id, retired in retired_rules(root).items():
            content = tombstone_markdown(rule_id, retired, self.rules)
            files.append(File.generated(config, f"r/{rule_id}.md", content=content))
        payload = [
            {
                **rule.as_json(),
                "url": self.page_urls.get(rule.page, page_url(rule.page)),
                **self.histories[rule.id].as_json(),
            }
            for rule in self.rules.values()
        ]
        files.append(
            File.generated(config, "rules.json", content=json.dumps(payload, indent=1))
        )
        titles = (
            {src: chapter_title(src, self.project) for src in self.page_urls}
            if self.project is not None
            else {}
        )
        ids = search_ids_json(self.rules.values(), self.page_urls, titles)
        files.append(File.generated(config, SEARCH_IDS, content=ids))
        if self.project is not None:
            for extra in extra_files(self.project, config):
                files.append(extra)
        return files

    def on_page_content(
        self, html: str, *, page: MkdocsPage, config: MkDocsConfig, files: Files
    ) -> str:
        """A notebook's links to Markdown pages made URLs, its styles shared files."""
        del config
        if not page.file.src_uri.endswith(".ipynb"):
            return html
        html = notebook_links(html, page.file.src_uri, page.url, files)
        html, sheets = shared_styles(html, page.url)
        self.stylesheets |= sheets
        return html

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Write the stylesheets taken out of the notebooks' pages."""
        for path, css in self.stylesheets.items():
            target = Path(config.site_dir, path)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(css, encoding="utf-8")

    def on_page_markdown(
        self, markdown: str, *, page: MkdocsPage, config: MkDocsConfig, files: Files
    ) -> str:
        """Strip fence settings, decorate rules, and fill generated sections."""
        name = f"docs/{page.file.src_uri}"
        update_page(page, config)
        snippets = Path(config.config_file_path).parent / "snippets"
        parsed = parse_text(markdown, name, snippets)
        # mkdocs hands over the Markdown without its front matter; messages use the
        # page parsed in on_config, whose lines are the file's.
        whole = self.pages.get(name, parsed)
        for line, target in broken_links(whole, page.file.src_uri, files):
            log.warning(
                "%s:%d: the link to %r leads to no page or file", name, line, target
            )
        markdown = strip_fence_settings(markdown, parsed)
        markdown = decorate_rules(
            markdown, self.rules, page.file.src_uri, parsed.fenced_lines, self.histories
        )
        if RULE_INDEX_MARKER in markdown:
            markdown = markdown.replace(
                RULE_INDEX_MARKER, rule_index_markdown(list(self.rules.values()))
            )
        if SOURCES_MARKER in markdown:
            markdown = markdown.replace(SOURCES_MARKER, self.sources_table)
        if FENCE_SETTINGS_MARKER in markdown:
            markdown = markdown.replace(
                FENCE_SETTINGS_MARKER, fence_settings_markdown()
            )
        if FORMATS_MARKER in markdown:
            markdown = markdown.replace(FORMATS_MARKER, formats_markdown())
        if PLACEHOLDERS_MARKER in markdown:
            markdown = markdown.replace(PLACEHOLDERS_MARKER, placeholders_markdown())
        return markdown


NOTEBOOK_MD_LINK = re.compile(
    r'href="(?P<path>[^"#:?]+\.md)(?P<fragment>#[^"]*)?"', re.IGNORECASE
)
"""A link to a Markdown page in a notebook's rendered HTML."""


def notebook_links(content: str, src_uri: str, page_url_: str, files: Files) -> str:
    """A notebook page's links to ``.md`` pages, made the pages' URLs.

    mkdocs rewrites ``chapter.md#ID`` into ``../chapter/#ID`` in Markdown pages only;
    mkdocs-jupyter leaves a notebook's Markdown cells as written, so on the built site
    such a link would point into the notebook's own folder. A target that is no page
    is left alone (`broken_links` has already named it).
    """
    folder = posixpath.dirname(src_uri)
    here = page_url_ or "."

    def resolve(match: re.Match[str]) -> str:
        target = posixpath.normpath(posixpath.join(folder, match["path"]))
        found = files.get_file_from_path(target)
        if found is None:
            return match[0]
        link = _relative(here, found.url)
        return f'href="{html.escape(link)}{match["fragment"] or ""}"'

    return NOTEBOOK_MD_LINK.sub(resolve, content)


NOTEBOOK_STYLE = re.compile(r'<style type="text/css">(?P<css>.*?)</style>', re.DOTALL)
"""A stylesheet nbconvert writes into a notebook's HTML (mkdocs-jupyter keeps it)."""
NOTEBOOK_STYLES = "assets/stylesheets/notebook"
"""Where the notebooks' shared stylesheets go in the site, one file per content."""
SHARE_FROM = 2_000
"""Smaller inline styles stay inline: a request would cost more than it saves."""
LISTED_STYLES = re.compile(r"<style>\s*\['.*?'\]\s*</style>", re.DOTALL)
"""mkdocs-jupyter 0.26's second copy of the highlighting CSS: a Python list's repr in
an f-string (nbconvert2.py), so every rule in it is malformed and none applies. The
template has already written the same CSS properly, one ``<style>`` per entry."""


def shared_styles(content: str, page_url_: str) -> tuple[str, dict[str, str]]:
    """A notebook page's large inline stylesheets, as links to files named by content.

    nbconvert writes JupyterLab's whole stylesheet (about 590 KB) into every notebook's
    HTML, where no browser can cache it. Each is taken out into
    ``assets/stylesheets/notebook/<digest>.css`` and linked from where it stood, so the
    cascade is unchanged; every notebook of the site, and every version that ships the
    same CSS, shares the one file. The broken copy of the highlighting CSS that
    mkdocs-jupyter appends (`LISTED_STYLES`) is dropped. Returns the page's HTML and
    the files to write.
    """
    sheets: dict[str, str] = {}
    here = page_url_ or "."

    def link(match: re.Match[str]) -> str:
        css = match["css"]
        if len(css) < SHARE_FROM:
            return match[0]
        digest = hashlib.sha256(css.encode("utf-8")).hexdigest()[:16]
        path = f"{NOTEBOOK_STYLES}/{digest}.css"
        sheets[path] = css.lstrip()  # an @charset counts only as the first bytes
        href = posixpath.relpath(path, here)
        return f'<link rel="stylesheet" href="{html.escape(href)}">'

    return NOTEBOOK_STYLE.sub(link, LISTED_STYLES.sub("", content)), sheets


def broken_links(page: Page, src_uri: str, files: Files) -> list[tuple[int, str]]:
    """Relative links of a page's prose whose target is no file of the site.

    mkdocs reports these too, but without the line; this names it. Anchors are left to
    mkdocs' own check, which sees the rendered headings.
    """
    folder = posixpath.dirname(src_uri)
    broken: list[tuple[int, str]] = []
    for number, text in page.prose_lines():
        for match in LINK.finditer(INLINE_CODE.sub("", text)):
            target = match["target"]
            path = target.split("#", 1)[0]
            if not path or "://" in target or target.startswith(("mailto:", "/")):
                continue
            resolved = posixpath.normpath(posixpath.join(folder, path))
            if files.get_file_from_path(resolved) is None:
                broken.append((number, target))
    return broken


def strip_fence_settings(markdown: str, page: Page) -> str:
    """Remove the handbook's fence settings, keeping the highlighter's, line by line."""
    lines = markdown.splitlines(keepends=True)
    for block in page.blocks:
        index = block.line - 1
        original = lines[index]
        fence_at = original.index(block.info) if block.info else len(original.rstrip())
        stripped = strip_handbook_settings(block.info)
        ending = "\n" if original.endswith("\n") else ""
        lines[index] = original[:fence_at] + stripped + ending
    return "".join(lines)


def decorate_rules(
    markdown: str,
    rules: dict[str, Rule],
    src_uri: str,
    fenced: frozenset[int],
    histories: Mapping[str, History] | None = None,
) -> str:
    """Add the ID, level badge, linter links and copy button under each rule heading.

    The heading's text also ends with the ID, in a visually hidden span: the site
    search weighs a section's title far above its text, so searching for an ID puts
    the rule first. The table of contents keeps the plain title (``data-toc-label``).
    With `histories`, the line says which release added and last changed the rule,
    and a collapsed list under it what each later release changed.
    """
    out: list[str] = []
    for number, line in enumerate(markdown.splitlines(), start=1):
        match = None if number in fenced else HEADING.match(line)
        rule = _rule_of(match["attrs"], rules, src_uri) if match else None
        if match is None or rule is None:
            out.append(line)
            continue
        title = match["title"]
        # Markdown reads emphasis inside the attribute list before attr_list does
        # (`__new__` became <strong>new</strong> and the whole list showed as text):
        # the label's emphasis characters are escaped.
        label = re.sub(r"([\\_*])", r"\\\1", title.replace("`", ""))
        toc_label = f' data-toc-label="{label}"' if '"' not in label else ""
        out.append(
            f'{match["hashes"]} {title} <span class="rule-heading-id">{rule.id}</span> '
            f"{{#{rule.id} .rule .rule-{rule.level} "
            f'data-rule-id="{rule.id}" data-rule-level="{rule.level}"{toc_label}}}'
        )
        history = histories.get(rule.id) if histories is not None else None
        out.extend(["", rule_meta_html(rule, rules, src_uri, history), ""])
        if history is not None and history.later:
            out.extend([rule_history_html(rule, history), ""])
    return "\n".join(out) + "\n"


def rule_meta_html(
    rule: Rule,
    rules: dict[str, Rule] | None = None,
    src_uri: str | None = None,
    history: History | None = None,
) -> str:
    """The line under a rule heading: ID, level, codes, same rules, versions, copy."""
    codes = " ".join(
        f'<a class="rule-code" href="{html.escape(e.url)}">'
        f"{html.escape(e.as_text())}</a>"
        for e in rule.enforced_by
    )
    enforced = (
        f'<span class="rule-enforced">enforced by {codes}</span>' if codes else ""
    )
    same = ""
    if rule.same_as and rules is not None and src_uri is not None:
        here = page_url(src_uri) or "."
        links = " ".join(
            f'<a class="rule-same-link" href="'
            f'{html.escape(_relative(here, page_url(rules[other].page)))}#{other}" '
            f'title="{html.escape(rules[other].title)}">{other}</a>'
            for other in rule.same_as
        )
        same = f'<span class="rule-same">also {links}</span> '
    versions = (
        f'<span class="rule-version" data-added-in="{history.added_in}" '
        f'data-changed-in="{history.changed_in}">{history.summary()}</span> '
        if history is not None
        else ""
    )
    return (
        '<p class="rule-meta" data-search-exclude>'
        f'<span class="rule-id">{rule.id}</span> '
        f'<span class="rule-level rule-level-{rule.level}">{rule.level}</span> '
        f"{enforced} {same}{versions}"
        f'<button class="rule-copy md-button" type="button" data-rule-id="{rule.id}" '
        f'title="Copy a permalink to {rule.id}">Copy link</button></p>'
    )


def rule_history_html(rule: Rule, history: History) -> str:
    """What each release after the rule's first changed in it, newest first, collapsed.

    Empty when nothing changed since it was added: the meta line says all there is.
    """
    if not history.later:
        return ""
    items = "".join(
        f'<li><span class="rule-history-version">{html.escape(change.label)}</span> '
        f"{html.escape('; '.join(change.details))}</li>"
        for change in history.later
    )
    count = len(history.later)
    return (
        f'<details class="rule-history" data-search-exclude><summary>History of '
        f"{rule.id}: {count} change{'s' if count != 1 else ''} since it was "
        f"{html.escape(history.summary().split(',', 1)[0])}</summary>"
        f"<ul>{items}</ul></details>"
    )


def _relative(here: str, target: str) -> str:
    """The link from the page at URL `here` to the page at URL `target`."""
    path = posixpath.relpath(target or ".", here)
    return path.rstrip("/") + "/" if path != "." else "./"


INDEX_COLUMNS = ("ID", "Rule", "Level", "Part", "Enforced by")
"""The rule index's columns; each cell names its column in ``data-label``."""


def rule_tools(rule: Rule) -> list[str]:
    """The tools whose codes enforce `rule` (``ruff``, ``pyright``...), each once."""
    return list(dict.fromkeys(e.tool for e in rule.enforced_by))


def rule_index_markdown(rules: list[Rule]) -> str:
    """The rule index: its filters, a live count and a table of every rule.

    Each row carries its part, level, tools and whether a tool checks it as data
    attributes (``data-part``, ``data-level``, ``data-tools``, ``data-check``), which
    rule-index.js filters on; each cell its column's name (``data-label``), which the
    narrow layout shows beside it. The filters are hidden until the script runs, so
    without it the whole table shows.
    """
    ordered = sorted(rules, key=lambda r: r.id)
    parts = Counter(rule.part for rule in ordered)
    levels = Counter(rule.level for rule in ordered)
    tools = Counter(tool for rule in ordered for tool in rule_tools(rule))
    checked = sum(1 for rule in ordered if rule.enforced_by)
    part_order = [p for p in PART_PREFIXES.values() if p in parts]
    part_order += sorted(set(parts) - set(part_order))
    filters = [
        '<form class="rule-filters" role="search" aria-label="Filter the rules" '
        "hidden>",
        '<div class="rule-filter-field rule-filter-words">'
        '<label for="rule-filter-text">Words or ID</label>'
        '<input id="rule-filter-text" class="rule-filter" type="search" name="text" '
        'autocomplete="off" placeholder="e.g. PDS-TYP, mutable, B006"></div>',
        _select("part", "Part", "All parts", [(p, p, parts[p]) for p in part_order]),
        _select(
            "level",
            "Level",
            "All levels",
            [(level, level, levels[level]) for level in LEVELS if level in levels],
        ),
        _select(
            "tool",
            "Enforcing tool",
            "Any or none",
            [(tool, tool, n) for tool, n in sorted(tools.items())],
        ),
        _select(
            "check",
            "Checked by a tool",
            "Either",
            [
                ("yes", "Yes", checked),
                ("no", "No", len(ordered) - checked),
            ],
        ),
        '<button class="rule-filter-reset md-button" type="reset">'
        "Clear filters</button>",
        "</form>",
    ]
    rows = [
        "\n".join(filters),
        "",
        f'<p class="rule-count" role="status">{len(ordered)} rules</p>',
        "",
        '<p class="rule-none" hidden>No rule matches these filters.</p>',
        "",
        '<table class="rule-index">',
        "<thead><tr>"
        + "".join(f'<th scope="col">{name}</th>' for name in INDEX_COLUMNS)
        + "</tr></thead>",
        "<tbody>",
    ]
    for rule in ordered:
        href = "../" + rule.page.removesuffix(".md") + "/#" + rule.id
        codes = ", ".join(
            f'<a href="{html.escape(e.url)}">{html.escape(e.as_text())}</a>'
            for e in rule.enforced_by
        )
        cells = (
            f'<a href="{href}"><code>{rule.id}</code></a>',
            title_html(rule.title),
            f'<span class="rule-level rule-level-{rule.level}">{rule.level}</span>',
            rule.part,
            codes,
        )
        rows.append(
            f'<tr data-part="{rule.part}" data-level="{rule.level}" '
            f'data-tools="{" ".join(rule_tools(rule))}" '
            f'data-check="{"yes" if rule.enforced_by else "no"}">'
            + "".join(
                f'<td data-label="{name}">{cell}</td>'
                for name, cell in zip(INDEX_COLUMNS, cells, strict=True)
            )
            + "</tr>"
        )
    rows.extend(["</tbody>", "</table>"])
    return "\n".join(rows)


def _select(
    name: str, label: str, everything: str, options: list[tuple[str, str, int]]
) -> str:
    """A labelled ``<select>`` whose first option, the empty value, filters nothing."""
    choices = "".join(
        f'<option value="{html.escape(value)}">{html.escape(text)} ({count})</option>'
        for value, text, count in options
    )
    return (
        '<div class="rule-filter-field">'
        f'<label for="rule-filter-{name}">{label}</label>'
        f'<select id="rule-filter-{name}" name="{name}">'
        f'<option value="">{everything}</option>{choices}</select></div>'
    )


def title_html(title: str) -> str:
    """A rule's title as HTML: escaped, and its backtick code spans as ``<code>``."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(title))


def sources_markdown(project: Project) -> str:
    """The coverage map as one table per source document."""
    out: list[str] = []
    current = ""
    entries = coverage(project)
    for entry in entries:
        if entry.document != current:
            current = entry.document
            ours = [e for e in entries if e.document == current]
            mirrored = sum(1 for e in ours if e.target)
            summary = f"{mirrored} of {len(ours)} sections mirrored."
            out.extend(["", f"## {current}", "", summary, ""])
            out.extend(["| section | where in the handbook |", "| --- | --- |"])
        section = entry.section.replace("|", "\\|")
        if entry.target:
            where = f"[{entry.target}]({entry.target})"
        else:
            where = f"*not mirrored*: {entry.reason}"
        out.append(f"| {section} | {where} |")
    return "\n".join(out) + "\n"


def redirect_html(
    rule: Rule,
    target: str,
    history: History | None = None,
    rules: Mapping[str, Rule] | None = None,
) -> str:
    """A static page that sends the reader to the rule, wherever it lives now.

    Its body, for readers without the redirect and for crawlers, names the rule, its
    history (with `history`) and the same rules of other parts (with `rules`), each
    by its own short link.
    """
    title = html.escape(f"{rule.id}: {rule.title}")
    quoted = html.escape(target)
    body = [
        f'<p>Rule {rule.id} is at <a href="{quoted}">{title_html(rule.title)}</a>.</p>'
    ]
    if history is not None:
        summary = history.summary()
        body.append(f'<p class="rule-version">{summary[0].upper()}{summary[1:]}.</p>')
        if history.later:
            items = "".join(
                f"<li>{html.escape(change.sentence())}</li>" for change in history.later
            )
            body.append(f'<ul class="rule-history">{items}</ul>')
    if rules is not None and rule.same_as:
        same = ", ".join(
            f'<a href="../{other}/">{other}</a>'
            + (f" ({title_html(rules[other].title)})" if other in rules else "")
            for other in rule.same_as
        )
        body.append(f'<p class="rule-same">The same rule in other parts: {same}.</p>')
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n"
        f'<meta http-equiv="refresh" content="0; url={quoted}">\n'
        f'<link rel="canonical" href="{quoted}">\n'
        f"<script>location.replace({json.dumps(target)});</script>\n"
        "</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )


def tombstone_markdown(rule_id: str, retired: Retired, rules: dict[str, Rule]) -> str:
    """The page a retired rule's short link shows, linking to its replacement."""
    new = retired.replaced_by
    if new is None:
        replacement = "Nothing replaced it."
    elif new in rules:
        replacement = f"It was replaced by [{new}](../{rules[new].page}#{new})."
    else:
        replacement = f"It was replaced by [{new}]({new}.md), itself retired since."
    return (
        f"---\ntitle: {rule_id} (retired)\nsearch:\n  exclude: true\n---\n\n"
        f"# {rule_id} is retired\n\n{retired.reason}\n\n{replacement}\n"
    )


def _rule_of(attrs: str, rules: dict[str, Rule], src_uri: str) -> Rule | None:
    for token in attrs.split():
        if token.startswith("#") and token[1:] in rules:
            rule = rules[token[1:]]
            return rule if rule.page == src_uri else None
    return None
