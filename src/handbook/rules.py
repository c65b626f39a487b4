"""Rules: their IDs, levels, reasons and the linter codes that enforce them.

A rule is a heading with an attribute list::

    ### Check types in strict mode {#PDS-TYP-001 .must enforced-by="pyright:strict"}

followed, before the next heading, by a paragraph that starts with ``**Why:**``.
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import cast

from handbook.blocks import Page, PageError
from handbook.lint import ruff_binary
from handbook.project import Project

RULE_ID = re.compile(r"^(?P<part>[A-Z]{2,4})-(?P<area>[A-Z]{3})-(?P<number>\d{3})$")
HEADING = re.compile(
    r"^(?P<hashes>#{2,6})\s+(?P<title>.*?)\s*\{:?(?P<attrs>[^{}]*)\}\s*$"
)
ANY_HEADING = re.compile(r"^#{1,6}\s")
LEVELS = ("must", "should", "may")
WHY = "**Why:**"

TOOL_URLS: dict[str, str] = {
    "pyright": "https://microsoft.github.io/pyright/#/configuration?id={code}",
    "hadolint": "https://github.com/hadolint/hadolint/wiki/{code}",
    "shellcheck": "https://www.shellcheck.net/wiki/{code}",
    "zizmor": "https://docs.zizmor.sh/audits/#{code}",
}
"""Documentation of each tool's codes.

Ruff's pages are named by rule rather than by code: see `ruff_rules`.
"""


class RuleError(PageError):
    """A rule is malformed or clashes with another."""


@dataclass(frozen=True)
class Enforcement:
    """A linter code that checks a rule, e.g. ruff B006."""

    tool: str
    code: str
    url: str

    def as_text(self) -> str:
        """``tool code``, as shown on the page."""
        return f"{self.tool} {self.code}"


@dataclass(frozen=True)
class Rule:
    """One rule of the handbook."""

    id: str
    title: str
    level: str
    page: str
    """The page's path relative to ``docs/``, e.g. ``pds/type-checking.md``."""
    line: int
    enforced_by: tuple[Enforcement, ...]

    @property
    def anchor(self) -> str:
        """The rule's anchor on its page: its ID."""
        return self.id

    @property
    def part(self) -> str:
        """The rule's part prefix, e.g. ``PDS``."""
        return self.id.split("-", 1)[0]

    def as_json(self) -> dict[str, object]:
        """The rule as ``handbook rules --json`` prints it."""
        return {
            "id": self.id,
            "title": self.title,
            "level": self.level,
            "page": self.page,
            "anchor": self.anchor,
            "enforced_by": [e.as_text() for e in self.enforced_by],
        }


def collect_rules(project: Project) -> list[Rule]:
    """Every rule of every page, in page order.

    Raises:
        RuleError: For a malformed rule or an ID used twice (naming both places).
    """
    rules = [rule for page in project.pages for rule in rules_of(page)]
    seen: dict[str, Rule] = {}
    for rule in rules:
        if rule.id in seen:
            first = seen[rule.id]
            msg = f"rule ID {rule.id} is already used at docs/{first.page}:{first.line}"
            raise RuleError(f"docs/{rule.page}", rule.line, msg)
        seen[rule.id] = rule
    return rules


def rules_of(page: Page) -> list[Rule]:
    """The rules of one page.

    Raises:
        RuleError: For a heading with a rule ID whose level, reason or codes are wrong.
    """
    prose = list(page.prose_lines())
    found: list[Rule] = []
    for position, (line_number, text) in enumerate(prose):
        match = HEADING.match(text)
        if match is None:
            continue
        attrs = _attributes(match["attrs"], page.path, line_number)
        rule_id = attrs.get("id", "")
        if not RULE_ID.match(rule_id):
            continue
        level = _level(attrs, page.path, line_number)
        body = _section_body(prose, position)
        if not any(line.lstrip().startswith(WHY) for line in body):
            msg = (
                f"rule {rule_id} has no paragraph starting with {WHY} giving its reason"
            )
            raise RuleError(page.path, line_number, msg)
        enforced = attrs.get("enforced-by", "")
        found.append(
            Rule(
                id=rule_id,
                title=match["title"].strip(),
                level=level,
                page=page.path.removeprefix("docs/"),
                line=line_number,
                enforced_by=tuple(_enforcements(enforced, page.path, line_number)),
            )
        )
    return found


def parse_enforcement(text: str) -> Enforcement:
    """Turn ``tool:code`` into an `Enforcement` with its documentation link.

    Raises:
        ValueError: For an unknown tool or a ruff code the installed ruff does not know.
    """
    tool, _, code = text.partition(":")
    if not code:
        msg = f"{text!r} is not tool:code"
        raise ValueError(msg)
    if tool == "ruff":
        name = ruff_rules().get(code)
        if name is None:
            msg = f"ruff has no rule {code} (checked with `ruff rule --all`)"
            raise ValueError(msg)
        return Enforcement(tool, code, f"https://docs.astral.sh/ruff/rules/{name}/")
    if tool == "pyright" and code == "strict":
        url = "https://microsoft.github.io/pyright/#/configuration?id=diagnostic-settings-defaults"
        return Enforcement(tool, code, url)
    if tool not in TOOL_URLS:
        known = ", ".join(["ruff", *TOOL_URLS])
        msg = f"unknown tool {tool!r} in enforced-by; known tools: {known}"
        raise ValueError(msg)
    return Enforcement(tool, code, TOOL_URLS[tool].format(code=code))


@cache
def ruff_rules() -> dict[str, str]:
    """Every code the installed ruff knows, mapped to the rule's name."""
    result = subprocess.run(  # noqa: S603 - the installed ruff
        [ruff_binary(), "rule", "--all", "--output-format=json"],
        capture_output=True,
        text=True,
        check=True,
    )
    entries = cast("list[dict[str, str]]", json.loads(result.stdout))
    return {entry["code"]: entry["name"] for entry in entries}


def _attributes(raw: str, page: str, line: int) -> dict[str, str]:
    """Read ``#id .class key="value"`` into a dict; classes are joined under "class"."""
    try:
        tokens = shlex.split(raw)
    except ValueError as error:
        raise RuleError(
            page, line, f"cannot read the attribute list: {error}"
        ) from None
    attrs: dict[str, str] = {}
    classes: list[str] = []
    for token in tokens:
        if token.startswith("#"):
            attrs["id"] = token[1:]
        elif token.startswith("."):
            classes.append(token[1:])
        elif "=" in token:
            key, _, value = token.partition("=")
            attrs[key] = value
    attrs["class"] = " ".join(classes)
    return attrs


def _level(attrs: dict[str, str], page: str, line: int) -> str:
    levels = [name for name in attrs["class"].split() if name in LEVELS]
    if len(levels) != 1:
        msg = (
            f"rule {attrs['id']} needs exactly one level class: .must, .should or .may"
        )
        raise RuleError(page, line, msg)
    return levels[0]


def _section_body(prose: list[tuple[int, str]], position: int) -> list[str]:
    body: list[str] = []
    for _, text in prose[position + 1 :]:
        if ANY_HEADING.match(text):
            break
        body.append(text)
    return body


def _enforcements(raw: str, page: str, line: int) -> Iterable[Enforcement]:
    for item in raw.split():
        try:
            yield parse_enforcement(item)
        except ValueError as error:
            raise RuleError(page, line, str(error)) from None
