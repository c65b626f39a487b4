"""The coverage map: which handbook page mirrors each section of each source document.

The inventory of the sources' sections lives in ``data/sources.yml``; each chapter
declares the sections it mirrors in its front matter (``mirrors:``). The map joins the
two, so a section is either mirrored at a page and anchor or listed with the reason it
is not.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import cast

import yaml

from handbook.blocks import Page, PageError
from handbook.project import Project

INVENTORY = Path(__file__).with_name("data") / "sources.yml"
PARTLY = "Not mirrored yet: {title} is mirrored chapter by chapter; this one is next."
NOT_YET = (
    "Not mirrored yet: part {part} ({title}) is planned and has no chapters so far."
)


@dataclass(frozen=True)
class Section:
    """One section of a source document."""

    document: str
    part: str
    folder: str
    heading: str
    line: int
    level: int
    not_mirrored: str | None = None
    """Why the section is not a standard, for sections that never will be mirrored."""


@dataclass(frozen=True)
class Entry:
    """One row of the coverage map."""

    document: str
    section: str
    target: str | None
    """``page.md#anchor`` relative to ``docs/``, or None."""
    reason: str | None

    def as_json(self) -> dict[str, object]:
        """The row as ``handbook sources --json`` prints it."""
        return {
            "document": self.document,
            "section": self.section,
            "target": self.target,
            "reason": self.reason,
        }


@cache
def inventory() -> tuple[Section, ...]:
    """Every section of every source document, in document order."""
    data = cast(
        "dict[str, list[dict[str, object]]]", yaml.safe_load(INVENTORY.read_text())
    )
    sections: list[Section] = []
    for document in data["documents"]:
        title, part, folder = (
            str(document["title"]),
            str(document["part"]),
            str(document["id"]),
        )
        rows = cast("list[dict[str, object]]", document.get("sections") or [])
        skipped = cast("list[dict[str, object]]", document.get("not_mirrored") or [])
        both = [(row, None) for row in rows] + [
            (row, str(row["reason"])) for row in skipped
        ]
        sections.extend(
            Section(
                document=title,
                part=part,
                folder=folder,
                heading=str(row["heading"]),
                line=int(cast("int", row["line"])),
                level=int(cast("int", row["level"])),
                not_mirrored=reason,
            )
            for row, reason in sorted(
                both, key=lambda pair: int(cast("int", pair[0]["line"]))
            )
        )
    return tuple(sections)


def declared_targets(pages: tuple[Page, ...]) -> dict[tuple[str, str, int], str]:
    """The ``mirrors:`` declarations of every page, keyed by (part, heading, line).

    An entry names its section by heading; where the source repeats a heading, the
    entry adds the ``line:`` of the one it means.

    Raises:
        PageError: For a declaration of a section the inventory does not have, of a
            repeated heading without its line, or of a section already mirrored by
            another page.
    """
    lines: dict[tuple[str, str], list[int]] = {}
    for section in inventory():
        lines.setdefault((section.folder, section.heading), []).append(section.line)
    targets: dict[tuple[str, str, int], str] = {}
    for page in pages:
        relative = page.path.removeprefix("docs/")
        folder = relative.split("/", 1)[0]
        entries = cast("list[dict[str, object]]", page.meta.get("mirrors") or [])
        for entry in entries:
            heading = str(entry.get("section", ""))
            found = lines.get((folder, heading))
            if found is None:
                msg = f"mirrors unknown section {heading!r} of part {folder!r}"
                raise PageError(
                    page.path, 1, msg + " (see src/handbook/data/sources.yml)"
                )
            line = entry.get("line")
            if line is None and len(found) > 1:
                shown = ", ".join(map(str, found))
                msg = (
                    f"the source has the heading {heading!r} {len(found)} times (lines "
                    f"{shown}): add line: to say which one this page mirrors"
                )
                raise PageError(page.path, 1, msg)
            if line is not None and line not in found:
                shown = ", ".join(map(str, found))
                msg = f"section {heading!r} is not at line {line} (it is at {shown})"
                raise PageError(page.path, 1, msg)
            key = (folder, heading, int(cast("int", line)) if line else found[0])
            if key in targets:
                msg = f"section {heading!r} is already mirrored by {targets[key]}"
                raise PageError(page.path, 1, msg)
            anchor = str(entry.get("anchor") or "")
            targets[key] = f"{relative}#{anchor}" if anchor else relative
    return targets


def coverage(project: Project) -> list[Entry]:
    """The coverage map of every source section."""
    targets = declared_targets(project.pages)
    mirrored_parts = {folder for folder, _, _ in targets}
    entries: list[Entry] = []
    for section in inventory():
        target = targets.get((section.folder, section.heading, section.line))
        if target is not None:
            reason = None
        elif section.not_mirrored is not None:
            reason = section.not_mirrored
        elif section.folder in mirrored_parts:
            reason = PARTLY.format(title=section.document)
        else:
            reason = NOT_YET.format(part=section.part, title=section.document)
        entries.append(Entry(section.document, section.heading, target, reason))
    return entries
