"""Write the ``examples/`` mirror of the pages' code blocks; check that it is current.

``docs/a/b.md`` becomes the folder ``examples/a/b/``; each block becomes
``<slug>_<hash>.<ext>`` (or its title), headed by a comment naming its page and
line. Blocks joined by
``group="..."`` share one file, each part introduced by a comment naming its own line,
so linters and the type checker see the code as a reader who follows the page runs it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from handbook.blocks import Block, Page, PageError
from handbook.formats import FORMATS, Format, format_of

FIRST_LINE_DIRECTIVES = re.compile(r"^(#!|# syntax=|# escape=)")
"""First lines that must stay first (a shebang, a Dockerfile parser directive)."""

NAME_IN_CODE = re.compile(r"^(?:async\s+)?(?:def|class)\s+(\w+)", re.MULTILINE)


@dataclass(frozen=True)
class Span:
    """Where one block's code sits in its example file."""

    block: Block
    first_line: int
    """1-based line of the block's first line of code in the file."""
    line_count: int

    def page_line(self, file_line: int) -> int:
        """The page line that shows file line `file_line` of this span."""
        return self.block.code_line + (file_line - self.first_line)

    def covers(self, file_line: int) -> bool:
        """Whether `file_line` belongs to this block."""
        return self.first_line <= file_line < self.first_line + max(self.line_count, 1)


@dataclass(frozen=True)
class Example:
    """One file of ``examples/``: a block, or the blocks of one group."""

    path: str
    """Path relative to the repository, e.g. ``examples/pds/testing/03_conftest.py``."""
    language: str
    content: str
    spans: tuple[Span, ...]

    @property
    def blocks(self) -> tuple[Block, ...]:
        """The blocks in this file, in page order."""
        return tuple(span.block for span in self.spans)

    @property
    def first(self) -> Block:
        """The block that opens the file."""
        return self.spans[0].block

    def locate(self, file_line: int) -> tuple[Block, int]:
        """Map a line of this file to the block and page line that hold it.

        Lines outside every block (the header) map to the first block's fence line.
        """
        for span in self.spans:
            if span.covers(file_line):
                return span.block, span.page_line(file_line)
        return self.first, self.first.line


def examples_for(pages: Iterable[Page], docs_dir: str = "docs") -> list[Example]:
    """Plan the ``examples/`` tree for `pages`.

    Args:
        pages: Parsed pages.
        docs_dir: The docs folder's path relative to the repository.

    Returns:
        One `Example` per file, in page order.

    Raises:
        PageError: When a block's language cannot be extracted or a group mixes
            languages.
    """
    planned: list[Example] = []
    for page in pages:
        planned.extend(examples_of_page(page, docs_dir))
    return planned


def examples_of_page(page: Page, docs_dir: str = "docs") -> list[Example]:
    """Plan the example files of one page (see `examples_for`).

    Raises:
        PageError: When a block's language cannot be extracted or a group mixes
            languages.
    """
    folder = "examples/" + _page_folder(page.path, docs_dir)
    groups: dict[str, list[Block]] = {}
    units: list[list[Block]] = []
    for block in page.blocks:
        if format_of(block.language) is None:
            msg = (
                f"no validator knows the language {block.language!r}; "
                f"use one of {', '.join(sorted(f.name for f in FORMATS))}"
            )
            raise PageError(page.path, block.line, msg)
        group = block.settings.group
        if group is not None and block.settings.requires is not None:
            msg = (
                'a block with requires="..." runs under another interpreter and '
                "cannot share names with a group; make it stand alone"
            )
            raise PageError(page.path, block.line, msg)
        if group is None:
            units.append([block])
        elif group in groups:
            _check_joinable(groups[group][0], block)
            groups[group].append(block)
        else:
            groups[group] = [block]
            units.append(groups[group])
    names = _stable_names(units)
    return [
        _render(folder, unit, name) for unit, name in zip(units, names, strict=True)
    ]


def _stable_names(units: list[list[Block]]) -> list[str]:
    """A file name per unit that does not depend on the unit's position on the page.

    A titled block is named by its title when no other block of the page shares it;
    every other file is named by its slug and a short hash of its code, so inserting,
    moving or deleting a block never renames another block's file.
    """
    slugs = [_slug(unit[0]) for unit in units]
    titled = [unit[0].settings.title is not None for unit in units]
    names: list[str] = []
    taken: set[str] = set()
    for unit, slug, has_title in zip(units, slugs, titled, strict=True):
        first = unit[0]
        suffix = _version_suffix(first)
        extension = _format(first).extension
        if has_title and slugs.count(slug) == 1:
            stem = slug
        else:
            digest = hashlib.sha256(
                "".join(block.code for block in unit).encode()
            ).hexdigest()
            stem = f"{slug}_{digest[:6]}"
        name = f"{stem}{suffix}.{extension}"
        counter = 2
        while name in taken:  # the same code twice on one page
            name = f"{stem}_{counter}{suffix}.{extension}"
            counter += 1
        taken.add(name)
        names.append(name)
    return names


def check_tree(root: Path, planned: Sequence[Example]) -> list[str]:
    """Compare ``examples/`` on disk with the plan.

    Returns:
        One line per stale, missing or unexpected file; empty when the tree is current.
    """
    problems: list[str] = []
    wanted = {example.path: example for example in planned}
    for rel, example in wanted.items():
        path = root / rel
        if not path.exists():
            problems.append(f"{rel}: missing (from {example.first.location})")
        elif path.read_text(encoding="utf-8") != example.content:
            problems.append(f"{rel}: stale, {example.first.location} has changed")
    problems.extend(
        f"{rel}: no block of the docs produces this file"
        for rel in sorted(_files_on_disk(root) - wanted.keys())
    )
    return problems


def write_tree(root: Path, planned: Sequence[Example]) -> list[str]:
    """Write the planned files and delete every other file under ``examples/``.

    Returns:
        The paths written or deleted, relative to `root`.
    """
    changed: list[str] = []
    wanted = {example.path: example for example in planned}
    for rel in sorted(_files_on_disk(root) - wanted.keys()):
        (root / rel).unlink()
        changed.append(rel)
    for rel, example in wanted.items():
        path = root / rel
        if path.exists() and path.read_text(encoding="utf-8") == example.content:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(example.content, encoding="utf-8")
        changed.append(rel)
    _remove_empty_folders(root / "examples")
    return changed


def _render(folder: str, blocks: list[Block], name: str) -> Example:
    first = blocks[0]
    language = first.language
    prefix = _format(first).comment_prefix
    suffix = _format(first).comment_suffix
    lines: list[str] = []
    body_first = first.code.splitlines()
    if body_first and FIRST_LINE_DIRECTIVES.match(body_first[0]) and len(blocks) == 1:
        lines.append(body_first[0])
        skip_first = True
    else:
        skip_first = False
    if prefix:
        where = blocks[0].location  # a group marks each later block's line below
        lines.append(f"{prefix}Extracted from {where} by `handbook extract`.{suffix}")
        lines.append(f"{prefix}Edit the page, not this file.{suffix}")
        lines.extend(f"{prefix}{line}{suffix}" for line in _linter_directives(first))
    spans: list[Span] = []
    for position, block in enumerate(blocks):
        code_lines = block.code.splitlines()
        if position == 0 and skip_first:
            code_lines = code_lines[1:]
            first_line = len(lines) + 1
            spans.append(Span(block, first_line - 1, len(code_lines) + 1))
            lines.extend(code_lines)
            continue
        if len(blocks) > 1:
            if position:
                lines.extend(["", ""])
            lines.append(f"# {block.location}")
        spans.append(Span(block, len(lines) + 1, len(code_lines)))
        lines.extend(code_lines)
    return Example(f"{folder}/{name}", language, "\n".join(lines) + "\n", tuple(spans))


def _format(block: Block) -> Format:
    found = format_of(block.language)
    if found is None:  # examples_of_page refuses such a block first
        msg = f"no format {block.language!r}"
        raise PageError(block.page, block.line, msg)
    return found


def _linter_directives(block: Block) -> list[str]:
    """File-level exemptions for a deliberate anti-pattern, written from its marker.

    The linters are told to let exactly the expected codes pass; each block's test still
    checks, with the exemptions lifted, that the codes are really reported. A file whose
    fault is a ruff code is type-checked in basic mode: it is wrong on purpose, and
    strict typing would only add noise to the lesson.
    """
    if block.language != "python":
        return []  # a Dockerfile or shell anti-pattern's file is no linter's input
    codes = block.settings.expected_codes
    ruff = [code for code in codes if not code.startswith("report")]
    pyright = [code for code in codes if code.startswith("report")]
    directives: list[str] = []
    if ruff:
        directives.append(f"ruff: noqa: {', '.join(ruff)}")
    if pyright:
        directives.append("pyright: " + ", ".join(f"{code}=false" for code in pyright))
    elif ruff:
        directives.append("pyright: basic")
    return directives


def _check_joinable(first: Block, block: Block) -> None:
    if block.language != first.language or block.language != "python":
        group = block.settings.group
        msg = f"group={group!r} joins Python blocks only (see {first.location})"
        raise PageError(block.page, block.line, msg)
    if block.settings.expected_codes or first.settings.expected_codes:
        msg = (
            'an anti-pattern block (lint="expect:...") must stand alone, not in a group'
        )
        raise PageError(block.page, block.line, msg)


def _version_suffix(block: Block) -> str:
    """``_py312`` for a block that needs Python 3.12: ruff lints such files for 3.12.

    The handbook's ruff configuration maps ``examples/**/*_py3NN.py`` to that target
    version (``per-file-target-version``); other files are linted for Python 3.11.
    """
    requires = block.settings.requires
    return f"_py{requires[0]}{requires[1]}" if requires else ""


def _slug(block: Block) -> str:
    if block.settings.title:
        base = block.settings.title
    else:
        found = NAME_IN_CODE.search(block.code) if block.language == "python" else None
        base = found[1] if found else block.language
    slug = re.sub(r"[^a-z0-9]+", "_", base.lower()).strip("_")
    return slug[:40].rstrip("_") or block.language


def _page_folder(page: str, docs_dir: str) -> str:
    relative = page.removeprefix(docs_dir.rstrip("/") + "/")
    return relative.removesuffix(".md")


def _files_on_disk(root: Path) -> set[str]:
    examples = root / "examples"
    if not examples.is_dir():
        return set()
    return {
        path.relative_to(root).as_posix()
        for path in examples.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def _remove_empty_folders(folder: Path) -> None:
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if path.is_dir() and not any(path.iterdir()):
            path.rmdir()
