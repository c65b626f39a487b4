"""Rules: their IDs, levels, reasons and the linter codes that enforce them.

A rule is a heading with an attribute list::

    ### Check types in strict mode {#PDS-TYP-001 .must enforced-by="pyright:strict"}

followed, before the next heading, by a paragraph that starts with ``**Why:**``.

The grammar is strict, so that a rule cannot silently stop being one: a heading whose
ID looks like a rule ID, or that carries a level class or ``enforced-by``, must be a
well-formed rule; a rule heading takes no other attribute or class; and a rule's
prefix is its part's, from `PART_PREFIXES`.
"""

from __future__ import annotations

import posixpath
import re
import shlex
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import PurePosixPath

from handbook.blocks import Page, PageError
from handbook.project import Project
from handbook.ruff_codes import ruff_rule_names

RULE_ID = re.compile(r"^(?P<part>[A-Z]{2,4})-(?P<area>[A-Z]{3})-(?P<number>\d{3})$")
LOOKS_LIKE_RULE_ID = re.compile(
    r"^(?:[A-Za-z]{3}-[A-Za-z]{3}|[A-Z]{2,5}-[A-Z0-9]{2,5})-[0-9]+$"
)
"""An ID meant as a rule's, well-formed or not: ``pds-typ-001``, ``ZZA-PIN-01``."""
RULE_SHAPE = "<PART>-<AREA>-<NNN>, e.g. PDS-TYP-001 (capitals, three digits)"
PART_PREFIXES: dict[str, str] = {
    "pds": "PDS",
    "pdas": "PDA",
    "uds": "UDS",
    "bpe": "BPE",
    "sdp": "SDP",
    "dpg": "DPG",
    "fbp": "FBP",
    "ppp": "PPP",
}
"""Each part's folder under ``docs/`` and the prefix of its rule IDs."""
RULE_ATTRIBUTES = frozenset({"enforced-by", "same-as"})
"""The ``key=value`` attributes a rule heading may carry.

``same-as="PDS-LOG-001"`` names the rules of other parts that say the same thing; the
link is made both ways, so one side declaring it is enough.
"""
HEADING = re.compile(
    r"^(?P<hashes>#{2,6})\s+(?P<title>.*?)\s*\{:?(?P<attrs>[^{}]*)\}\s*$"
)
ANY_HEADING = re.compile(r"^#{1,6}\s")
LEVELS = ("must", "should", "may")
WHY = "**Why:**"
MARKDOWN_INDENT = 4
"""Lines indented this much more are code, or a container's content: not the section."""

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
    same_as: tuple[str, ...] = ()
    """Rules of other parts that say the same thing, declared here or there."""

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
            "same_as": list(self.same_as),
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
    return _linked_both_ways(rules, seen)


def _linked_both_ways(rules: list[Rule], by_id: dict[str, Rule]) -> list[Rule]:
    """Each rule with the ``same-as`` links it declares and those declared to it.

    Raises:
        RuleError: For a link to an ID no page defines.
    """
    links: dict[str, set[str]] = {rule.id: set() for rule in rules}
    for rule in rules:
        for other in rule.same_as:
            if other not in by_id:
                msg = f"same-as names {other}, which no page defines"
                raise RuleError(f"docs/{rule.page}", rule.line, msg)
            links[rule.id].add(other)
            links[other].add(rule.id)
    return [replace(rule, same_as=tuple(sorted(links[rule.id]))) for rule in rules]


def rules_of(page: Page) -> list[Rule]:
    """The rules of one page.

    Raises:
        RuleError: For a heading with a rule ID whose level, reason or codes are wrong.
    """
    prose = list(page.prose_lines())
    lines = page.text.splitlines()
    found: list[Rule] = []
    for position, (line_number, text) in enumerate(prose):
        match = HEADING.match(text)
        if match is None:
            continue
        attrs = _attributes(match["attrs"], page.path, line_number)
        rule_id = attrs.get("id", "")
        if not RULE_ID.match(rule_id):
            _refuse_malformed_rule(attrs, page.path, line_number)
            continue
        _refuse_unknown_attributes(attrs, page.path, line_number)
        _check_prefix(rule_id, page.path, line_number)
        level = _level(attrs, page.path, line_number)
        body = _section_body(prose, position)
        if not _has_reason(page, lines, line_number, body):
            msg = (
                f"rule {rule_id} has no paragraph starting with {WHY} giving its reason"
            )
            raise RuleError(page.path, line_number, msg)
        enforced = attrs.get("enforced-by", "")
        same_as = _same_as(attrs.get("same-as", ""), rule_id, page.path, line_number)
        found.append(
            Rule(
                id=rule_id,
                title=match["title"].strip(),
                level=level,
                page=page.path.removeprefix("docs/"),
                line=line_number,
                enforced_by=tuple(_enforcements(enforced, page.path, line_number)),
                same_as=same_as,
            )
        )
    return found


def _same_as(raw: str, rule_id: str, page: str, line: int) -> tuple[str, ...]:
    """The IDs of a ``same-as`` attribute: well formed, and of other parts."""
    ids = tuple(raw.split())
    for other in ids:
        if not RULE_ID.match(other):
            msg = f"same-as={raw!r}: {other!r} is not a rule ID"
            raise RuleError(page, line, msg)
        if other.split("-", 1)[0] == rule_id.split("-", 1)[0]:
            msg = (
                f"same-as names {other}, a rule of the same part: link it in the text; "
                "same-as joins the sources that say the same thing"
            )
            raise RuleError(page, line, msg)
    return ids


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
    """Every code ruff knows, mapped to the rule's name (see `handbook.ruff_codes`)."""
    return ruff_rule_names()


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
    others: list[str] = []
    for token in tokens:
        if token.startswith("#"):
            attrs["id"] = token[1:]
        elif token.startswith("."):
            classes.append(token[1:])
        elif "=" in token:
            key, _, value = token.partition("=")
            attrs[key] = value
        else:
            others.append(token)
    attrs["class"] = " ".join(classes)
    attrs["bare"] = " ".join(others)
    return attrs


def _refuse_malformed_rule(attrs: dict[str, str], page: str, line: int) -> None:
    """A heading meant as a rule whose ID is not one is an error, not a heading."""
    rule_id = attrs.get("id", "")
    levels = [name for name in attrs["class"].split() if name in LEVELS]
    meant = LOOKS_LIKE_RULE_ID.match(rule_id) or levels or "enforced-by" in attrs
    if not meant:
        return
    if not rule_id:
        msg = f"this rule heading has no ID; give it one: {RULE_SHAPE}"
    else:
        msg = f"{rule_id!r} is not a rule ID; write {RULE_SHAPE}"
    raise RuleError(page, line, msg)


def _refuse_unknown_attributes(attrs: dict[str, str], page: str, line: int) -> None:
    rule_id = attrs["id"]
    keys = sorted(set(attrs) - {"id", "class", "bare"} - RULE_ATTRIBUTES)
    unknown = [*attrs["bare"].split(), *(f"{key}=" for key in keys)]
    if unknown:
        msg = (
            f"rule {rule_id} has an unknown attribute {unknown[0]!r}; a rule heading "
            "takes only its ID, one level class, enforced-by and same-as"
        )
        raise RuleError(page, line, msg)
    classes = [name for name in attrs["class"].split() if name not in LEVELS]
    if classes:
        msg = (
            f"rule {rule_id} has an unknown class .{classes[0]}; "
            "its level is one of .must, .should, .may"
        )
        raise RuleError(page, line, msg)


def _check_prefix(rule_id: str, page: str, line: int) -> None:
    """A rule's prefix is its part's; a page outside the parts holds no rule.

    A page not under ``docs/`` (a Markdown example being validated) may use any
    part's prefix.
    """
    prefix = rule_id.split("-", 1)[0]
    folders = page.removeprefix("docs/").split("/")
    if not page.startswith("docs/"):
        if prefix not in PART_PREFIXES.values():
            known = ", ".join(PART_PREFIXES.values())
            msg = f"rule {rule_id} has no part's prefix; the parts are {known}"
            raise RuleError(page, line, msg)
        return
    expected = PART_PREFIXES.get(folders[0]) if len(folders) > 1 else None
    if expected is None:
        parts = ", ".join(f"docs/{folder}/" for folder in PART_PREFIXES)
        msg = (
            f"rule {rule_id} is on a page outside the parts; rules live in a part's "
            f"folder ({parts}), and an example of one in a ```markdown block"
        )
        raise RuleError(page, line, msg)
    if prefix != expected:
        msg = (
            f"rule {rule_id} is in docs/{folders[0]}/, whose rule IDs start with "
            f"{expected}-"
        )
        raise RuleError(page, line, msg)


def _level(attrs: dict[str, str], page: str, line: int) -> str:
    levels = [name for name in attrs["class"].split() if name in LEVELS]
    if len(levels) != 1:
        msg = (
            f"rule {attrs['id']} needs exactly one level class: .must, .should or .may"
        )
        raise RuleError(page, line, msg)
    return levels[0]


def _section_body(prose: list[tuple[int, str]], position: int) -> list[int]:
    """The numbers of the prose lines between a heading and the next one."""
    body: list[int] = []
    for number, text in prose[position + 1 :]:
        if ANY_HEADING.match(text):
            break
        body.append(number)
    return body


def section_text(page: Page, heading: int) -> str:
    """The Markdown of the section under the heading on line `heading`, as written.

    The section is what `rules_of` reads a rule's reason from, code blocks included:
    every line after the heading up to the next heading outside a code block (or the
    end of the page). The heading itself, which holds the title, level and codes, is
    not part of it.
    """
    lines = page.text.splitlines()
    body: list[str] = []
    for number in range(heading + 1, len(lines) + 1):
        text = lines[number - 1]
        if number not in page.fenced_lines and ANY_HEADING.match(text):
            break
        body.append(text)
    return "\n".join(body)


def _has_reason(page: Page, lines: list[str], heading: int, body: list[int]) -> bool:
    """Whether a paragraph of the section's prose starts with ``**Why:**``.

    The line must start a paragraph (follow the heading or a blank line), sit at
    the section's own level (indented less than four, so in no indented code block,
    list item or admonition) and be prose (in no fenced block).
    """
    for number in body:
        text = lines[number - 1]
        indent = len(text) - len(text.lstrip(" "))
        if not text.lstrip(" ").startswith(WHY) or indent >= MARKDOWN_INDENT:
            continue
        before = number - 1
        if before == heading or (
            before not in page.fenced_lines and not lines[before - 1].strip()
        ):
            return True
    return False


def _enforcements(raw: str, page: str, line: int) -> Iterable[Enforcement]:
    for item in raw.split():
        try:
            yield parse_enforcement(item)
        except ValueError as error:
            raise RuleError(page, line, str(error)) from None


TASK_ITEM = re.compile(r"^\s*[-*+] \[[ xX]\] (?P<text>.*)$")
LINK_TARGET = re.compile(r"\]\((?P<target>[^)\s]+)\)")


def checklist_problems(project: Project, rules: Iterable[Rule]) -> list[str]:
    """What is wrong with the checklists: task items that link to no rule.

    A page whose front matter says ``checklist: true`` is a checklist a team copies;
    each of its task-list items (``- [ ] ...``) must link to the rule that explains it
    (``[why](testing.md#PDS-TST-008)``), and the link must lead to that rule's page.

    Returns:
        One message per item that links to no rule, naming its page and line.
    """
    by_id = {rule.id: rule for rule in rules}
    problems: list[str] = []
    for page in project.pages:
        if page.meta.get("checklist") is not True:
            continue
        items = 0
        for number, line in page.prose_lines():
            item = TASK_ITEM.match(line)
            if item is None:
                continue
            items += 1
            if not any(
                _links_rule(target, page.path, by_id)
                for target in LINK_TARGET.findall(item["text"])
            ):
                problems.append(
                    f"{page.path}:{number}: this checklist item links to no rule; "
                    "link the rule that explains it, e.g. [why](page.md#PDS-TST-008)"
                )
        if items == 0:
            problems.append(f"{page.path}:1: checklist: true, but it has no task items")
    return problems


def _links_rule(target: str, page: str, rules: dict[str, Rule]) -> bool:
    """Whether a link from `page` to `target` lands on a rule."""
    path, _, fragment = target.partition("#")
    rule = rules.get(fragment)
    if rule is None:
        return False
    here = PurePosixPath(page).relative_to("docs")  # rule pages are relative to docs/
    lands = posixpath.normpath((here.parent / path).as_posix()) if path else here
    return str(lands) == rule.page
