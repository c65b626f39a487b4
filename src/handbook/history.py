"""Each rule's history: the release it was added in, and what each release changed.

The history is derived, never written by hand. ``src/handbook/data/releases.json``
holds, per released version, a snapshot of every rule as that release published it
(title, level, page, enforcing codes and a digest of its text); ``handbook snapshot
VERSION`` records one when a release is cut. Diffing consecutive snapshots, and the
last one with the pages as they are now ("unreleased"), gives every change. The file is
committed, so the history needs no git history: CI's shallow clones and a build from a
tarball show the same thing.

Versions are the site's: a tag ``vX.Y.Z`` publishes the version ``X.Y`` (see
`handbook.publish.version_for_ref`), so a release is recorded as ``X.Y`` and a patch
release re-records its version with ``--replace``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from handbook.blocks import Page, PageError
from handbook.ledger import DATA
from handbook.project import Project
from handbook.publish import PublishError, version_for_ref
from handbook.rules import LEVELS, RULE_ID, Rule, section_text

RELEASES = DATA / "releases.json"
"""Where a handbook checkout keeps its releases' snapshots, from its root."""
UNRELEASED = "unreleased"
"""The version of the changes made since the last release."""
RELEASE = re.compile(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)")
"""A released version's name, ``X.Y``: what a tag ``vX.Y.Z`` publishes."""
ABOUT = (
    "Each release's rules, as `handbook snapshot VERSION` recorded them: the rules' "
    "histories are derived from these. Written by the tool; do not edit."
)


class HistoryError(PageError):
    """The releases' data file is malformed; the message names its file and line."""


@dataclass(frozen=True)
class Snapshot:
    """One rule as one release published it."""

    title: str
    level: str
    page: str
    enforced_by: tuple[str, ...]
    """The codes that check it, as the page shows them (``ruff B006``)."""
    digest: str
    """A digest of the rule's section (`rule_digest`): it changes when the text does."""

    def as_json(self) -> dict[str, object]:
        """The snapshot as ``releases.json`` stores it."""
        return {
            "title": self.title,
            "level": self.level,
            "page": self.page,
            "enforced_by": list(self.enforced_by),
            "digest": self.digest,
        }


Releases = dict[str, dict[str, Snapshot]]
"""Each released version's snapshots by rule ID, oldest version first."""


@dataclass(frozen=True)
class Change:
    """What one version changed in a rule."""

    version: str
    """A released version, ``X.Y``, or `UNRELEASED`."""
    details: tuple[str, ...]
    """``("added",)``, ``("retired",)`` or what differs, e.g. ``level raised ...``."""

    @property
    def label(self) -> str:
        """``0.3`` or ``Unreleased``, to head the change in a list."""
        return "Unreleased" if self.version == UNRELEASED else self.version

    def sentence(self) -> str:
        """``0.3: level raised from should to must; text changed``."""
        return f"{self.label}: {'; '.join(self.details)}"

    def as_json(self) -> dict[str, object]:
        """The change as ``rules.json`` lists it."""
        return {"version": self.version, "changes": list(self.details)}


@dataclass(frozen=True)
class History:
    """Every change of one rule, oldest first; the first is its addition."""

    changes: tuple[Change, ...]

    @property
    def added_in(self) -> str:
        """The version that first published the rule, or `UNRELEASED`."""
        return self.changes[0].version

    @property
    def changed_in(self) -> str:
        """The version of its last change; its `added_in` if it never changed."""
        return self.changes[-1].version

    @property
    def retired(self) -> bool:
        """Whether the rule is gone from the pages (its last change retired it)."""
        return self.changes[-1].details == ("retired",)

    @property
    def later(self) -> tuple[Change, ...]:
        """The changes after its addition, newest first, as a reader lists them."""
        return tuple(reversed(self.changes[1:]))

    def summary(self) -> str:
        """``added in 0.1, changed in 0.3`` (or ``..., not yet released``)."""
        added = _when("added", self.added_in)
        if self.changed_in == self.added_in:
            return added
        return f"{added}, {_when('changed', self.changed_in)}"

    def as_json(self) -> dict[str, object]:
        """``added_in``, ``changed_in`` and ``history``: its fields in rules.json."""
        return {
            "added_in": self.added_in,
            "changed_in": self.changed_in,
            "history": [change.as_json() for change in self.changes],
        }


def _when(what: str, version: str) -> str:
    if version == UNRELEASED:
        return f"{what}, not yet released"
    return f"{what} in {version}"


# ------------------------------------------------------------------ deriving


def rule_digest(page: Page, rule: Rule) -> str:
    """A digest of the rule's section: its text with every run of whitespace as one.

    Re-wrapping a paragraph changes nothing; any other edit of the section's prose or
    code blocks does. The heading, whose title, level and codes a snapshot records on
    their own, is not part of it.
    """
    words = " ".join(section_text(page, rule.line).split())
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:16]


def snapshot_of(project: Project, rules: Iterable[Rule]) -> dict[str, Snapshot]:
    """Every rule of the pages as they are now, by ID.

    Raises:
        ValueError: For a rule whose page is not among the project's pages.
    """
    pages = {page.path: page for page in project.pages}
    snapshots: dict[str, Snapshot] = {}
    for rule in rules:
        page = pages.get(f"docs/{rule.page}")
        if page is None:
            msg = f"rule {rule.id} is on docs/{rule.page}, which is no page here"
            raise ValueError(msg)
        snapshots[rule.id] = Snapshot(
            title=rule.title,
            level=rule.level,
            page=rule.page,
            enforced_by=tuple(e.as_text() for e in rule.enforced_by),
            digest=rule_digest(page, rule),
        )
    return snapshots


def differences(old: Snapshot, new: Snapshot) -> tuple[str, ...]:
    """What changed in a rule from one snapshot to the next; empty if nothing did."""
    found: list[str] = []
    if old.level != new.level:
        stronger = LEVELS.index(new.level) < LEVELS.index(old.level)
        way = "raised" if stronger else "lowered"
        found.append(f"level {way} from {old.level} to {new.level}")
    if old.title != new.title:
        found.append(f"title changed from “{old.title}” to “{new.title}”")
    if old.page != new.page:
        found.append(f"moved from {old.page} to {new.page}")
    gained = [code for code in new.enforced_by if code not in old.enforced_by]
    lost = [code for code in old.enforced_by if code not in new.enforced_by]
    if gained:
        found.append(f"now enforced by {', '.join(gained)}")
    if lost:
        found.append(f"no longer enforced by {', '.join(lost)}")
    if old.digest != new.digest:
        found.append("text changed")
    return tuple(found)


def derive_histories(
    releases: Releases, current: Mapping[str, Snapshot]
) -> dict[str, History]:
    """Every rule's history, from the releases' snapshots and the pages' `current`.

    Each release is compared with the one before it, and the pages with the last
    release; a change found there is `UNRELEASED`. Rules gone from the pages keep
    their history, ending with ``retired``.
    """
    steps = [*ordered(releases).items(), (UNRELEASED, dict(current))]
    changes: dict[str, list[Change]] = {}
    previous: Mapping[str, Snapshot] = {}
    for version, rules in steps:
        for rule_id, snapshot in rules.items():
            old = previous.get(rule_id)
            details = ("added",) if old is None else differences(old, snapshot)
            if details:
                changes.setdefault(rule_id, []).append(Change(version, details))
        for rule_id in previous.keys() - rules.keys():
            changes[rule_id].append(Change(version, ("retired",)))
        previous = rules
    return {rule_id: History(tuple(found)) for rule_id, found in changes.items()}


def release_changes(releases: Releases, version: str) -> dict[str, Change]:
    """What the release `version` changed against the release before it, by rule ID."""
    older = _number(version)
    before = {v: rules for v, rules in releases.items() if _number(v) < older}
    histories = derive_histories(before, releases[version])
    return {
        rule_id: history.changes[-1]
        for rule_id, history in histories.items()
        if history.changes[-1].version == UNRELEASED
    }


def histories_of(
    root: Path, project: Project, rules: Iterable[Rule]
) -> dict[str, History]:
    """The history of every rule of the handbook at `root`, retired ones included.

    Raises:
        HistoryError: If ``releases.json`` is malformed.
    """
    return derive_histories(load_releases(root), snapshot_of(project, rules))


def ordered(releases: Releases) -> Releases:
    """The releases oldest first, by version number (``0.10`` after ``0.9``)."""
    return dict(sorted(releases.items(), key=lambda item: _number(item[0])))


def _number(version: str) -> tuple[int, int]:
    major, _, minor = version.partition(".")
    return int(major), int(minor)


# ------------------------------------------------------------------ recording


def release_version(name: str) -> str:
    """The version a release is recorded as: ``0.1`` for ``0.1``, ``v0.1.0`` or its ref.

    Raises:
        ValueError: For any other name, ``dev`` among them.
    """
    if RELEASE.fullmatch(name):
        return name
    ref = name if name.startswith("refs/") else f"refs/tags/{name}"
    try:
        version, aliases = version_for_ref(ref)
    except PublishError:
        version, aliases = "", ()
    if not aliases:  # refs/heads/main publishes dev, which is never a release
        msg = (
            f"{name!r} is no release: give the version X.Y the site publishes it as, "
            "or its tag vX.Y.Z (e.g. 0.2 or v0.2.0)"
        )
        raise ValueError(msg)
    return version


class ReleaseRecorded(Exception):  # noqa: N818 -- names the situation, like StopIteration
    """The version is recorded already, with rules that differ from the pages."""


def record_release(
    releases: Releases,
    version: str,
    current: Mapping[str, Snapshot],
    *,
    replace: bool = False,
) -> Releases:
    """The releases with `version` recording the rules of `current`.

    Recording what is recorded already changes nothing.

    Raises:
        ReleaseRecorded: If `version` is recorded with other rules and not `replace`.
    """
    recorded = releases.get(version)
    wanted = dict(sorted(current.items()))
    if recorded is not None and recorded != wanted and not replace:
        changed = sum(
            1
            for rule_id in recorded.keys() | current.keys()
            if recorded.get(rule_id) != current.get(rule_id)
        )
        msg = (
            f"{version} is recorded already, and {changed} rule(s) of the pages differ "
            f"from it: pass --replace to record the pages as {version} again (a patch "
            "release), or record the next version"
        )
        raise ReleaseRecorded(msg)
    return ordered({**releases, version: wanted})


# ------------------------------------------------------------------ the data file


def load_releases(root: Path) -> Releases:
    """The releases recorded in the handbook at `root`; none if it has no file.

    Raises:
        HistoryError: If the file is not what `releases_json` writes.
    """
    path = root / RELEASES
    if not path.exists():
        return {}
    return parse_releases(path.read_text(encoding="utf-8"), RELEASES.as_posix())


def write_releases(root: Path, releases: Releases) -> None:
    """Save the releases in the handbook at `root`."""
    path = root / RELEASES
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(releases_json(releases), encoding="utf-8")


def releases_json(releases: Releases) -> str:
    """The data file's text: one rule a line, so a release's diff reads rule by rule."""
    lines = ["{", f'  "about": {json.dumps(ABOUT)},', '  "releases": {']
    versions = list(ordered(releases).items())
    for v_index, (version, rules) in enumerate(versions):
        lines.append(f"    {json.dumps(version)}: {{")
        entries = sorted(rules.items())
        for r_index, (rule_id, snapshot) in enumerate(entries):
            entry = json.dumps(snapshot.as_json(), ensure_ascii=False)
            comma = "," if r_index < len(entries) - 1 else ""
            lines.append(f"      {json.dumps(rule_id)}: {entry}{comma}")
        lines.append("    }" + ("," if v_index < len(versions) - 1 else ""))
    lines.extend(["  }", "}"])
    return "\n".join(lines) + "\n"


def parse_releases(text: str, where: str) -> Releases:
    """Read a data file `releases_json` wrote; `where` names it in errors.

    Raises:
        HistoryError: For bad JSON or a wrong shape, naming the file and the line.
    """
    try:
        data: object = json.loads(text)
    except json.JSONDecodeError as error:
        raise HistoryError(
            where, error.lineno, f"not valid JSON: {error.msg}"
        ) from None
    if not isinstance(data, dict) or not isinstance(
        cast("dict[str, object]", data).get("releases"), dict
    ):
        msg = 'not a releases file: it is no object with a "releases" object'
        raise HistoryError(where, 1, msg)
    raw = cast("dict[str, object]", cast("dict[str, object]", data)["releases"])
    releases: Releases = {}
    for version, rules in raw.items():
        line = _line_of(text, version)
        if not RELEASE.fullmatch(version):
            msg = f"{version!r} is no released version: write X.Y, e.g. 0.1"
            raise HistoryError(where, line, msg)
        if not isinstance(rules, dict):
            msg = f"release {version} is no object of rules by ID"
            raise HistoryError(where, line, msg)
        snapshots: dict[str, Snapshot] = {}
        for rule_id, entry in cast("dict[str, object]", rules).items():
            at = _line_of(text, version, rule_id)
            if not RULE_ID.match(rule_id):
                msg = f"release {version}: {rule_id!r} is not a rule ID"
                raise HistoryError(where, at, msg)
            what = f"release {version}, {rule_id}"
            snapshots[rule_id] = _snapshot(entry, what, where, at)
        releases[version] = snapshots
    return ordered(releases)


def _snapshot(entry: object, what: str, where: str, line: int) -> Snapshot:
    if not isinstance(entry, dict):
        raise HistoryError(where, line, f"{what} is no object")
    fields = cast("dict[str, object]", entry)
    strings: dict[str, str] = {}
    for key in ("title", "level", "page", "digest"):
        value = fields.get(key)
        if not isinstance(value, str) or not value:
            raise HistoryError(where, line, f"{what} has no string {key!r}")
        strings[key] = value
    if strings["level"] not in LEVELS:
        msg = f"{what}: level {strings['level']!r} is not one of {', '.join(LEVELS)}"
        raise HistoryError(where, line, msg)
    codes = fields.get("enforced_by")
    if not isinstance(codes, list) or not all(
        isinstance(code, str) for code in cast("list[object]", codes)
    ):
        raise HistoryError(where, line, f"{what} has no 'enforced_by' list of strings")
    unknown = sorted(set(fields) - {"title", "level", "page", "digest", "enforced_by"})
    if unknown:
        raise HistoryError(where, line, f"{what} has an unknown field {unknown[0]!r}")
    return Snapshot(
        title=strings["title"],
        level=strings["level"],
        page=strings["page"],
        enforced_by=tuple(cast("list[str]", codes)),
        digest=strings["digest"],
    )


def _line_of(text: str, *keys: str) -> int:
    """The line of the last of `keys`, each looked for after the one before; or 1."""
    lines = text.splitlines()
    start = 0
    for key in keys:
        quoted = json.dumps(key) + ":"
        start = next(
            (n for n in range(start, len(lines)) if quoted in lines[n]), len(lines)
        )
    return start + 1 if start < len(lines) else 1
