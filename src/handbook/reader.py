"""What the site adds for its readers beyond the rules: page metadata, extra pages.

Called by the handbook's mkdocs plugin (`handbook.mkdocs_plugin`).
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page as MkdocsPage

from handbook.project import Project


def update_page(page: MkdocsPage, config: MkDocsConfig) -> None:
    """Fill in a page's metadata (called from ``on_page_markdown``)."""
    del page, config


def extra_files(project: Project, config: MkDocsConfig) -> list[File]:
    """Generated pages and files to add to the site (called from ``on_files``)."""
    del project, config
    return []
