"""One validator per format, each calling a tool made for that format.

`validator_for` picks the validator of a block from its language and, where the title
names a well-known file (``pyproject.toml``, a GitHub workflow...), from that file's
kind. A validator returns the problems it found as ``line: message`` strings (line
numbers of the example file); an empty list means the block is valid.
"""

from __future__ import annotations

from collections.abc import Callable
from fnmatch import fnmatch
from pathlib import Path

from handbook.blocks import Block
from handbook.validators import formats

Validator = Callable[[Path], list[str]]
"""Takes the extracted file, returns its problems."""

BY_TITLE: list[tuple[str, str, Validator]] = [
    ("toml", "pyproject.toml", formats.pyproject),
    ("toml", "ruff.toml", formats.ruff_config),
    ("toml", ".ruff.toml", formats.ruff_config),
    ("yaml", ".github/workflows/*", formats.github_workflow),
    ("yaml", ".pre-commit-config.yaml", formats.pre_commit_config),
    ("yaml", ".github/dependabot.yml", formats.dependabot),
    ("yaml", "compose.yaml", formats.compose),
    ("ini", ".editorconfig", formats.editorconfig),
    ("text", "tree", formats.tree),
    ("text", "* tree", formats.tree),
]
"""Validators chosen by (language, title pattern), tried before `BY_LANGUAGE`."""

BY_LANGUAGE: dict[str, Validator] = {
    "toml": formats.toml,
    "yaml": formats.yaml_document,
    "json": formats.json_document,
    "bash": formats.shell,
    "dockerfile": formats.dockerfile,
    "makefile": formats.makefile,
    "just": formats.justfile,
    "ini": formats.ini,
    "markdown": formats.markdown,
}
"""The validator of each language when the title does not pick one."""


def validator_for(block: Block) -> Validator | None:
    """Return the validator of a non-Python block; None when no tool understands it."""
    title = block.settings.title or ""
    for language, pattern, validator in BY_TITLE:
        if block.language == language and fnmatch(title, pattern):
            return validator
    return BY_LANGUAGE.get(block.language)


def validator_name(validator: Validator) -> str:
    """A short name for reports, e.g. ``pyproject``."""
    return getattr(validator, "__name__", "validator")
