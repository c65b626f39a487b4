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
REDIRECT = re.compile(r'<meta http-equiv="refresh" content="0; url=([^"]+)"')
"""The redirect pages of mkdocs-redirects and of the short links both carry one."""


@dataclass(frozen=True)
class Retired:
    """A rule that no longer applies, and what took its place."""

    replaced_by: str | None
    reason: str


def retired_rules(root: Path) -> dict[str, Retired]:
    """The retired rules of the handbook at `root`, by ID."""
    path = root / DATA / "retired.yml"
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
    path = root / DATA / "ledger.json"
    if not path.exists():
        return {}
    return cast("dict[str, list[str]]", json.loads(path.read_text(encoding="utf-8")))


def current_anchors(project: Project) -> dict[str, list[str]]:
    """Every rule ID and explicit heading anchor of the pages, by page URL."""
    rules = collect_rules(project)
    anchors: dict[str, list[str]] = {}
    for page in project.pages:
        url = page_url(page.path.removeprefix("docs/"))
        found = [
            token[1:]
            for _, text in page.prose_lines()
            if (match := HEADING.match(text))
            for token in match["attrs"].split()
            if token.startswith("#")
        ]
        if found:
            anchors[url] = found
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
    path = root / DATA / "ledger.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(ledger, indent=2) + "\n", encoding="utf-8")


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
