"""Check src/handbook/data/sources.yml against the source standards it inventories.

The inventory lists, for each of the eight source documents (parts A-H), every real
section heading with its line, and the headings deliberately left out (`not_mirrored`,
each with a reason). These tests re-read the sources and check that the list is exact.
The sources live beside the repository (``../shared/standards``); in a clone without
them (as on GitHub) the tests that re-read them are skipped, saying so, and the others
still run.

Heading rule, applied to every Markdown ATX heading (`#` to `######`) in a document's
line range that is NOT inside a fenced code block (``` or ~~~, tracked from the start
of the file; an opening fence may be indented, a closing fence uses the same character,
is at least as long and carries no info string):

* the document title (the first heading of the range, when it is level 1) and any
  "Table of Contents" heading are never listed;
* a heading whose level is in ``INCLUDED_LEVELS[part]`` must be listed, in `sections`
  or in `not_mirrored`; deeper headings are not listed.

A listed heading that CommonMark puts inside a fence (the sources' nested fences
sometimes close early) is allowed only in `sections` and only with a `note`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import NotRequired, TypedDict, cast

import pytest
import yaml

REPO = Path(__file__).parents[1]
INVENTORY = REPO / "src" / "handbook" / "data" / "sources.yml"
STANDARDS = Path(__file__).parents[2] / "shared" / "standards"

# Which heading levels count as sections, per part. Parts stop at level 3, except:
# A also includes level 4, because its numbered 2.1.1-2.1.9 subsections (one per
# mandatory tool) are the real sections of 2.1; B includes level 1, because its
# "X (Module: name)" headings are level 1 and each module is a section.
INCLUDED_LEVELS: dict[str, frozenset[int]] = {
    "A": frozenset({2, 3, 4}),
    "B": frozenset({1, 2, 3}),
    "C": frozenset({2, 3}),
    "D": frozenset({2, 3}),
    "E": frozenset({2, 3}),
    "F": frozenset({2, 3}),
    "G": frozenset({2, 3}),
    "H": frozenset({2, 3}),
}
NEVER_LISTED = frozenset({"Table of Contents"})

EXPECTED_IDS: dict[str, tuple[str, str]] = {
    "A": ("pds", "PDS"),
    "B": ("pdas", "PDA"),
    "C": ("uds", "UDS"),
    "D": ("bpe", "BPE"),
    "E": ("sdp", "SDP"),
    "F": ("dpg", "DPG"),
    "G": ("fbp", "FBP"),
    "H": ("ppp", "PPP"),
}

FENCE = re.compile(r"^\s*(`{3,}|~{3,})(.*)$")
HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.+?)\s*$")
LEAD_BYTES = range(0xC2, 0xF5)


class Entry(TypedDict):
    heading: str
    line: int
    level: int
    note: NotRequired[str]
    reason: NotRequired[str]


class Document(TypedDict):
    part: str
    id: str
    prefix: str
    title: str
    file: str
    lines: list[int]
    note: NotRequired[str]
    sections: list[Entry]
    not_mirrored: list[Entry]


@dataclass(frozen=True)
class Heading:
    line: int
    level: int
    text: str
    fenced: bool


C1_FIRST, C1_LAST = 0x80, 0x9F
"""The C1 control range: bytes cp1252 leaves undefined decode to these."""
HIGH_BYTE = 0x80


def _cp1252_byte(char: str) -> int | None:
    """Return the high byte that `char` stands for when UTF-8 was read as cp1252."""
    code = ord(char)
    if C1_FIRST <= code <= C1_LAST:
        return code
    try:
        encoded = char.encode("cp1252")
    except UnicodeEncodeError:
        return None
    return encoded[0] if encoded[0] >= HIGH_BYTE else None


def strip_mojibake(text: str) -> str:
    r"""Drop mojibake runs: a UTF-8 lead byte followed by other high bytes.

    The emoji U+1F3DB read as cp1252 gives "\xf0\u0178\u203a" (its 0x8F byte is lost),
    and its variation selector gives "\xef\xb8": both runs start with a lead byte
    (0xC2-0xF4) and are dropped. A lone high character that cannot start a UTF-8
    sequence, such as an em dash, is kept.
    """
    kept: list[str] = []
    index = 0
    while index < len(text):
        byte = _cp1252_byte(text[index])
        if byte is not None and byte in LEAD_BYTES:
            index += 1
            while index < len(text) and _cp1252_byte(text[index]) is not None:
                index += 1
            continue
        kept.append(text[index])
        index += 1
    return "".join(kept).strip()


@dataclass(frozen=True)
class Scan:
    headings: dict[int, Heading]
    open_fence_after: dict[int, bool]  # line number -> inside a fence after that line
    lines: list[str]


def scan(path: Path) -> Scan:
    lines = path.read_text(encoding="utf-8").splitlines()
    headings: dict[int, Heading] = {}
    open_after: dict[int, bool] = {0: False}
    fence: str | None = None
    for number, line in enumerate(lines, start=1):
        fence_match = FENCE.match(line)
        if fence_match:
            marker, rest = fence_match.group(1), fence_match.group(2)
            if fence is None:
                fence = marker
            elif (
                marker[0] == fence[0] and len(marker) >= len(fence) and not rest.strip()
            ):
                fence = None
        else:
            heading_match = HEADING.match(line)
            if heading_match:
                headings[number] = Heading(
                    line=number,
                    level=len(heading_match.group(1)),
                    text=strip_mojibake(heading_match.group(2)),
                    fenced=fence is not None,
                )
        open_after[number] = fence is not None
    return Scan(headings=headings, open_fence_after=open_after, lines=lines)


def load_documents() -> list[Document]:
    data = cast(
        "dict[str, list[Document]]", yaml.safe_load(INVENTORY.read_text("utf-8"))
    )
    return data["documents"]


DOCUMENTS = load_documents()
_SCANS: dict[str, Scan] = {}


def missing_standards(standards: Path) -> str | None:
    """Why the tests that re-read the sources cannot run, or ``None`` when they can.

    The standards live outside the repository, so a clone (as on GitHub) lacks them:
    those tests are then skipped with this reason, and the others still run.
    """
    if standards.is_dir():
        return None
    return (
        "the source standards are not beside this checkout (../shared/standards); "
        f"expected {standards}: put the eight source documents there to check "
        "src/handbook/data/sources.yml against them"
    )


def scan_of(document: Document) -> Scan:
    reason = missing_standards(STANDARDS)
    if reason is not None:
        pytest.skip(reason)
    name = document["file"]
    if name not in _SCANS:
        _SCANS[name] = scan(STANDARDS / name)
    return _SCANS[name]


def required_headings(document: Document, source: Scan) -> list[Heading]:
    """Headings in the document's range that the heading rule says must be listed."""
    first, last = document["lines"]
    in_range = [h for n, h in sorted(source.headings.items()) if first <= n <= last]
    if in_range and in_range[0].level == 1:
        in_range = in_range[1:]  # the document title
    levels = INCLUDED_LEVELS[document["part"]]
    return [
        h
        for h in in_range
        if not h.fenced and h.level in levels and h.text not in NEVER_LISTED
    ]


def by_part(test: str) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(
        "document", DOCUMENTS, ids=[f"{d['part']}-{d['id']}-{test}" for d in DOCUMENTS]
    )


def test_documents_are_parts_a_to_h_in_order() -> None:
    assert [d["part"] for d in DOCUMENTS] == list("ABCDEFGH")
    for document in DOCUMENTS:
        assert (document["id"], document["prefix"]) == EXPECTED_IDS[document["part"]]
        assert document["sections"], f"part {document['part']} lists no sections"


def test_ranges_tile_each_file() -> None:
    """Documents sharing a file follow each other without gap or overlap."""
    ranges: dict[str, list[tuple[int, int]]] = {}
    for document in DOCUMENTS:
        first, last = document["lines"]
        ranges.setdefault(document["file"], []).append((first, last))
    for name, spans in ranges.items():
        source = scan_of(next(d for d in DOCUMENTS if d["file"] == name))
        assert spans[0][0] == 1, name
        for (_, end), (start, _) in pairwise(spans):
            assert start == end + 1, f"{name}: gap or overlap at line {end}-{start}"
        assert spans[-1][1] == len(source.lines), f"{name}: last range ends early"


@by_part("title")
def test_range_starts_with_the_title(document: Document) -> None:
    source = scan_of(document)
    first, last = document["lines"]
    opening = "\n".join(source.lines[first - 1 : first + 9])
    assert document["title"] in opening, (
        f"{document['file']}:{first}: title {document['title']!r} not found in the "
        "first lines of the range"
    )
    assert not source.open_fence_after[first - 1], (
        f"range starts inside a fence at {first}"
    )
    assert not source.open_fence_after[last], f"range ends inside a fence at {last}"


@by_part("entries")
def test_every_entry_is_the_heading_on_its_line(document: Document) -> None:
    source = scan_of(document)
    first, last = document["lines"]
    levels = INCLUDED_LEVELS[document["part"]]
    entries = [("sections", e) for e in document["sections"]] + [
        ("not_mirrored", e) for e in document["not_mirrored"]
    ]
    for kind, entry in entries:
        where = f"{document['file']}:{entry['line']} ({kind})"
        assert first <= entry["line"] <= last, f"{where}: outside lines {first}-{last}"
        heading = source.headings.get(entry["line"])
        assert heading is not None, f"{where}: not a heading line"
        assert heading.text == entry["heading"], (
            f"{where}: source says {heading.text!r}"
        )
        assert heading.level == entry["level"], f"{where}: level is {heading.level}"
        assert entry["level"] in levels, f"{where}: level {entry['level']} not included"
        if kind == "not_mirrored":
            assert entry.get("reason"), f"{where}: not_mirrored entry without a reason"
        if heading.fenced:
            assert kind == "sections", f"{where}: inside a fence; leave it out instead"
            assert entry.get("note"), f"{where}: inside a fence, so it needs a note"


@by_part("order")
def test_lines_increase(document: Document) -> None:
    listed = [e["line"] for e in document["sections"]]
    skipped = [e["line"] for e in document["not_mirrored"]]
    for kind, lines in (("sections", listed), ("not_mirrored", skipped)):
        assert lines == sorted(set(lines)), (
            f"part {document['part']}: {kind} out of order"
        )
    assert not set(listed) & set(skipped), "a heading is both mirrored and not"


@by_part("complete")
def test_no_heading_is_missing(document: Document) -> None:
    source = scan_of(document)
    listed = {e["line"] for e in document["sections"]}
    listed |= {e["line"] for e in document["not_mirrored"]}
    missing = [
        f"{document['file']}:{h.line}: {'#' * h.level} {h.text}"
        for h in required_headings(document, source)
        if h.line not in listed
    ]
    assert not missing, "headings missing from the inventory:\n" + "\n".join(missing)


# ------------------------------------------------------- a clone without the standards


def test_missing_standards_gives_the_reason_only_when_they_are_missing(
    tmp_path: Path,
) -> None:
    absent = tmp_path / "shared" / "standards"
    assert missing_standards(absent) == (
        "the source standards are not beside this checkout (../shared/standards); "
        f"expected {absent}: put the eight source documents there to check "
        "src/handbook/data/sources.yml against them"
    )
    absent.mkdir(parents=True)
    assert missing_standards(absent) is None


def test_a_clone_without_the_standards_skips_what_needs_them(tmp_path: Path) -> None:
    """This very file, run in a copy of the repository with no ../shared/standards."""
    clone = tmp_path / "clone"
    (clone / "tests").mkdir(parents=True)
    (clone / "src" / "handbook" / "data").mkdir(parents=True)
    shutil.copy(Path(__file__), clone / "tests")
    shutil.copy(INVENTORY, clone / "src" / "handbook" / "data")
    (clone / "pytest.ini").write_text("[pytest]\n")
    result = subprocess.run(
        [
            sys.executable,
            *("-m", "pytest", "-p", "no:cacheprovider", "-rs", "-q"),
            *("-k", "not without_the_standards and not missing_standards"),
            str(clone / "tests" / Path(__file__).name),
        ],
        cwd=clone,
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    summary = output.strip().splitlines()[-1]
    assert re.fullmatch(r"\d+ passed, \d+ skipped, \d+ deselected in .*", summary), (
        output
    )
    absent = tmp_path / "shared" / "standards"
    skips = [line for line in output.splitlines() if line.startswith("SKIPPED")]
    assert skips, output
    assert all(line.endswith(f": {missing_standards(absent)}") for line in skips), (
        output
    )
