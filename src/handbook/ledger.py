"""The ledger: every rule ID and explicit anchor the handbook has ever published.

Links pasted into code reviews point at these. The ledger only grows: a rule that is
retired stays in it and gets a tombstone (``data/retired.yml``), and a page that moves
keeps its old address through a redirect. `check_site` proves, on a built site, that
every entry still lands somewhere.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import yaml

from handbook.project import Project
from handbook.rules import HEADING, Rule, collect_rules

DATA = Path("src") / "handbook" / "data"
"""Where a handbook checkout keeps its ledger and retired rules, from its root."""
LEDGER = DATA / "ledger.json"
RETIRED = DATA / "retired.yml"
REDIRECT = re.compile(r'<meta http-equiv="refresh" content="0; url=([^"]+)"')
"""The redirect pages of mkdocs-redirects and of the short links both carry one."""


@dataclass(frozen=True)
class Retired:
    """A rule that no longer applies, and what took its place."""

    replaced_by: str | None
    reason: str


def retired_rules(root: Path) -> dict[str, Retired]:
    """The retired rules of the handbook at `root`, by ID."""
    path = root / RETIRED
    if not path.exists():
        return {}
    data = cast("dict[str, dict[str, str]] | None", yaml.safe_load(path.read_text()))
    return {
        rule_id: Retired(entry.get("replaced_by"), entry["reason"])
        for rule_id, entry in (data or {}).items()
    }


def reused_ids(rules: list[Rule], retired: dict[str, Retired]) -> list[str]:
    """``page:line`` messages for rules that carry the ID of a retired rule."""
    return [
        f"docs/{rule.page}:{rule.line}: {rule.id} is a retired rule's ID; IDs are "
        "never reused, take the next free number"
        for rule in rules
        if rule.id in retired
    ]


def load_ledger(root: Path) -> dict[str, list[str]]:
    """The ledger of the handbook at `root`: page URL to the anchors published on it."""
    path = root / LEDGER
    if not path.exists():
        return {}
    return cast("dict[str, list[str]]", json.loads(path.read_text(encoding="utf-8")))


@dataclass(frozen=True)
class Anchor:
    """An explicit anchor of a page as it is now: a rule ID or a heading's ``#id``."""

    url: str
    """The page's URL, e.g. ``pds/testing/``."""
    page: str
    """The page's path relative to the repository, e.g. ``docs/pds/testing.md``."""
    line: int
    name: str


def page_anchors(project: Project) -> list[Anchor]:
    """Every explicit heading anchor of the pages (rule IDs among them), in order."""
    return [
        Anchor(page_url(page.path.removeprefix("docs/")), page.path, number, token[1:])
        for page in project.pages
        for number, text in page.prose_lines()
        if (match := HEADING.match(text))
        for token in match["attrs"].split()
        if token.startswith("#")
    ]


def current_anchors(project: Project) -> dict[str, list[str]]:
    """Every rule ID and explicit heading anchor of the pages, by page URL."""
    rules = collect_rules(project)
    anchors: dict[str, list[str]] = {}
    for anchor in page_anchors(project):
        anchors.setdefault(anchor.url, []).append(anchor.name)
    missing = [rule.id for rule in rules if page_url(rule.page) not in anchors]
    if missing:
        msg = f"rules without an anchor on their page: {', '.join(missing)}"
        raise RuntimeError(msg)
    return anchors


def updated_ledger(
    ledger: dict[str, list[str]], project: Project
) -> dict[str, list[str]]:
    """The ledger with every anchor published now added; nothing is ever removed."""
    merged = {url: list(anchors) for url, anchors in ledger.items()}
    for url, anchors in current_anchors(project).items():
        known = merged.setdefault(url, [])
        known.extend(anchor for anchor in anchors if anchor not in known)
    return dict(sorted(merged.items()))


def write_ledger(ledger: dict[str, list[str]], root: Path) -> None:
    """Save the handbook's ledger at `root`, one anchor a line for readable diffs."""
    path = root / LEDGER
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(ledger, indent=2) + "\n", encoding="utf-8")


def lost_anchors(root: Path, project: Project) -> list[str]:
    """Ledger entries that land nowhere now, as ``ledger.json:LINE: url#anchor: why``.

    An entry still lands when its page has the anchor, when the anchor is a retired
    rule's ID (``retired.yml`` gives it a tombstone at its short link), or when its
    page is gone and mkdocs.yml redirects the page's old path (``plugins: redirects:
    redirect_maps``) to another site or to a page that has the anchor. This reads the
    sources only; `check_site` holds a built site to the same ledger.
    """
    retired = retired_rules(root)
    maps = redirect_maps(root)
    now = page_anchors(project)
    names: dict[str, set[str]] = {}
    for anchor in now:
        names.setdefault(anchor.url, set()).add(anchor.name)
    pages = {
        page_url(page.path.removeprefix("docs/")): page.path for page in project.pages
    }
    path = root / LEDGER
    lines = _entry_lines(path.read_text(encoding="utf-8")) if path.exists() else {}
    problems: list[str] = []
    for url, anchors in load_ledger(root).items():
        for name in anchors:
            if name in retired or name in names.get(url, set()):
                continue
            if url in pages:
                why = _gone_from_page(name, pages[url], now)
            else:
                why = _gone_with_page(url, name, maps, pages, names)
                if why is None:
                    continue
            line = lines.get((url, name))
            where = LEDGER.as_posix() + ("" if line is None else f":{line}")
            problems.append(f"{where}: {url}#{name}: {why}")
    return problems


def _gone_from_page(name: str, page: str, now: list[Anchor]) -> str:
    """Why `name`, no longer on `page` (which is still published), lands nowhere."""
    moved = next((anchor for anchor in now if anchor.name == name), None)
    if moved is not None:
        return (
            f"{page} no longer has it; it moved to {moved.page}:{moved.line}, and "
            "links to the old page do not follow an anchor (only a page can be "
            "redirected)"
        )
    if _is_rule(name):
        return (
            f"the rule is gone from {page} and has no tombstone: retire it in "
            f"{RETIRED.as_posix()} (IDs are never renamed or reused)"
        )
    return (
        f"the anchor is gone from {page}: put it back on a heading (published "
        "links point at it)"
    )


def _gone_with_page(
    url: str,
    name: str,
    maps: dict[str, str],
    pages: dict[str, str],
    names: dict[str, set[str]],
) -> str | None:
    """Why `name`, whose page `url` is gone, lands nowhere; `None` if redirected."""
    stem = url.removesuffix("/")
    sources = ["index.md"] if not stem else [f"{stem}.md", f"{stem}/index.md"]
    old = next((source for source in sources if source in maps), None)
    if old is None:
        return (
            "the page is gone and no redirect in mkdocs.yml (plugins: redirects: "
            f"redirect_maps) starts from {' or '.join(sources)}"
        )
    target = maps[old]
    if "://" in target or target.startswith("/"):
        return None  # another site: what it serves is beyond the handbook's reach
    new = page_url(target.split("#", 1)[0])
    if new not in pages:
        return f"mkdocs.yml redirects {old} to {target}, which is no page"
    if name in names.get(new, set()):
        return None
    kind = "the rule" if _is_rule(name) else "the anchor"
    return (
        f"mkdocs.yml redirects {old} to {target}, which has no anchor {name!r}, "
        f"and {kind} has no tombstone in {RETIRED.as_posix()}"
    )


def redirect_maps(root: Path) -> dict[str, str]:
    """mkdocs-redirects' ``redirect_maps`` in root's mkdocs.yml: old page to new."""
    text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    data: object = yaml.load(text, Loader=_ConfigLoader)  # noqa: S506 - a SafeLoader
    plugins = (
        cast("dict[str, object]", data).get("plugins")
        if isinstance(data, dict)
        else None
    )
    options: object = None
    if isinstance(plugins, dict):
        options = cast("dict[str, object]", plugins).get("redirects")
    elif isinstance(plugins, list):
        for item in cast("list[object]", plugins):
            if isinstance(item, dict) and "redirects" in item:
                options = cast("dict[str, object]", item)["redirects"]
    if not isinstance(options, dict):
        return {}
    maps = cast("dict[str, object]", options).get("redirect_maps")
    if not isinstance(maps, dict):
        return {}
    return {
        str(old): str(new) for old, new in cast("dict[object, object]", maps).items()
    }


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml safely; its tags (``!ENV``, ``!!python/name:``) stay unread."""


def _unread_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> None:
    del loader, suffix, node


# PyYAML's stub leaves add_multi_constructor untyped.
_ConfigLoader.add_multi_constructor("!", _unread_tag)  # pyright: ignore[reportUnknownMemberType]
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", _unread_tag)  # pyright: ignore[reportUnknownMemberType]

_LEDGER_KEY = re.compile(r'^\s*("(?:[^"\\]|\\.)*")\s*:\s*\[')
_LEDGER_ITEM = re.compile(r'^\s*("(?:[^"\\]|\\.)*")\s*,?\s*$')


def _entry_lines(text: str) -> dict[tuple[str, str], int]:
    """The line of each ``(url, anchor)`` of a ledger as `write_ledger` writes it."""
    lines: dict[tuple[str, str], int] = {}
    url: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if key := _LEDGER_KEY.match(line):
            url = cast("str", json.loads(key[1]))
        elif url is not None and (item := _LEDGER_ITEM.match(line)):
            lines.setdefault((url, cast("str", json.loads(item[1]))), number)
    return lines


def page_url(src: str) -> str:
    """The directory URL mkdocs gives a page.

    ``a/b.md`` becomes ``a/b/``, and ``a/index.md`` becomes ``a/``.
    """
    stem = src.removesuffix(".md")
    if stem == "index":
        return ""
    return stem.removesuffix("/index") + "/"


def check_site(
    site: Path, ledger: dict[str, list[str]], retired: dict[str, Retired]
) -> list[str]:
    """Every ledger entry that no longer resolves in the built `site`, with why."""
    problems: list[str] = []
    for url, anchors in ledger.items():
        for anchor in anchors:
            if anchor in retired:
                tomb = site / "r" / anchor / "index.html"
                if not tomb.exists():
                    problems.append(
                        f"{anchor}: retired, but its tombstone r/{anchor}/ is missing"
                    )
                continue
            landed = resolve(site, url)
            if landed is None:
                problems.append(
                    f"{url}#{anchor}: the page is gone and no redirect replaces it"
                )
            elif f'id="{anchor}"' not in landed.read_text(encoding="utf-8"):
                where = landed.relative_to(site).as_posix()
                problems.append(
                    f"{url}#{anchor}: {where} has no anchor {anchor!r}"
                    + (
                        " (a rule removed without a tombstone)"
                        if _is_rule(anchor)
                        else ""
                    )
                )
    return problems


def resolve(site: Path, url: str, hops: int = 5) -> Path | None:
    """The HTML file a browser ends on for `url`, following the site's redirects."""
    page = site / url / "index.html"
    for _ in range(hops):
        if not page.exists():
            return None
        text = page.read_text(encoding="utf-8")
        match = REDIRECT.search(text)
        if match is None:
            return page
        target = html.unescape(match[1]).split("#", 1)[0]
        page = (page.parent / target).resolve()
        if page.is_dir() or not page.suffix:
            page /= "index.html"
    return None


def _is_rule(anchor: str) -> bool:
    return re.fullmatch(r"[A-Z]{2,4}-[A-Z]{3}-\d{3}", anchor) is not None
