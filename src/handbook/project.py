"""Find the handbook's repository and load its pages and examples once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from handbook.blocks import Page, PageError, iter_pages, parse_page
from handbook.extract import Example, examples_for, examples_of_page


@dataclass(frozen=True)
class Project:
    """The parsed pages of a handbook checkout and the examples they produce."""

    root: Path
    pages: tuple[Page, ...]
    examples: tuple[Example, ...]
    errors: tuple[PageError, ...] = ()
    """Pages that could not be read or planned (only from `load_tolerant`)."""


def find_root(start: Path | None = None) -> Path:
    """Return the nearest folder at or above `start` that holds ``mkdocs.yml``.

    Raises:
        FileNotFoundError: When there is none.
    """
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "mkdocs.yml").is_file():
            return folder
    msg = f"no mkdocs.yml in {here} or above: run this inside the handbook"
    raise FileNotFoundError(msg)


def load_project(root: Path) -> Project:
    """Parse every page under ``root/docs`` and plan its examples.

    Raises:
        PageError: For the first page that cannot be read.
    """
    pages = tuple(iter_pages(root / "docs", root))
    return Project(root, pages, tuple(examples_for(pages)))


def load_tolerant(root: Path) -> Project:
    """Like `load_project`, but a page that cannot be read is kept as an error.

    The test run uses this: one broken page is one failing test, and every other
    page's blocks still run.
    """
    pages: list[Page] = []
    examples: list[Example] = []
    errors: list[PageError] = []
    for path in sorted((root / "docs").rglob("*.md")):
        try:
            page = parse_page(path, root)
            planned = examples_of_page(page)
        except PageError as error:
            errors.append(error)
            continue
        pages.append(page)
        examples.extend(planned)
    return Project(root, tuple(pages), tuple(examples), tuple(errors))


@cache
def current_project() -> Project:
    """The project of the working directory, parsed once per process."""
    return load_project(find_root())
