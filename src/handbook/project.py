"""Find the handbook's repository and load its pages and examples once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from handbook.blocks import Page, iter_pages
from handbook.extract import Example, examples_for


@dataclass(frozen=True)
class Project:
    """The parsed pages of a handbook checkout and the examples they produce."""

    root: Path
    pages: tuple[Page, ...]
    examples: tuple[Example, ...]


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
    """Parse every page under ``root/docs`` and plan its examples."""
    pages = tuple(iter_pages(root / "docs", root))
    return Project(root, pages, tuple(examples_for(pages)))


@cache
def current_project() -> Project:
    """The project of the working directory, parsed once per process."""
    return load_project(find_root())
