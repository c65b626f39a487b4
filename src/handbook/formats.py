"""The one registry of the formats a code block may be written in.

Each `Format` says, in one place, what the rest of the handbook needs to know about a
language: the spellings an author may use on a fence, the extension of its extracted
file, how it writes a comment line, and how it is checked (the text of the writing
guide's table). A `Kind` is a well-known file of a format, picked by the block's title
(``pyproject.toml``, a GitHub workflow...) and checked by a tool made for that file.

The writing guide's tables of fence settings and of validators are rendered from this
module and from `handbook.settings`, so the guide cannot drift from the code.
"""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import PurePosixPath


@dataclass(frozen=True)
class Format:
    """A language a fenced block may be written in."""

    name: str
    """The canonical name, lower case, as the rest of the handbook spells it."""
    aliases: tuple[str, ...]
    """Other spellings an author may put on the fence (``sh`` for ``bash``)."""
    extension: str
    """The extension of the block's extracted file, without the dot."""
    comment_prefix: str
    """How a comment line starts; empty for a format without comments (JSON)."""
    comment_suffix: str
    """How a comment line ends (`` -->`` in Markdown); usually empty."""
    validates: str
    """How a block of this format is checked, in Markdown (the guide's table)."""

    @property
    def spellings(self) -> tuple[str, ...]:
        """The name and then every alias."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Kind:
    """A well-known file of a format, checked by a tool made for it."""

    language: str
    """The `Format.name` of its blocks."""
    title_patterns: tuple[str, ...]
    """Block titles that name this kind (`fnmatch` patterns, case-sensitive).

    A pattern without ``/`` also matches the last part of a title that is a path, so
    ``pyproject.toml`` picks a block titled ``backend/pyproject.toml`` too.
    """
    name: str
    """A short name for reports and for the validators' registry."""
    validates: str
    """How a file of this kind is checked (Markdown), for the guide."""
    shape: str = ""
    """How a block of this kind is recognised by its content alone (Markdown); empty
    when only the title says so. The content test itself is in `handbook.validators`.
    """


FORMATS: tuple[Format, ...] = (
    Format(
        "python",
        ("py", "python3"),
        "py",
        "# ",
        "",
        "executed in the sandbox with its `#>` lines checked; ruff check, "
        "ruff format, pyright strict",
    ),
    Format(
        "console",
        (),
        "console",
        "# ",
        "",
        "run in the sandbox; output compared",
    ),
    Format("toml", (), "toml", "# ", "", "`tomllib`"),
    Format("yaml", ("yml",), "yaml", "# ", "", "PyYAML, rejecting duplicate keys"),
    Format("json", (), "json", "", "", "`json`"),
    Format("bash", ("sh", "shell"), "sh", "# ", "", "shellcheck"),
    Format("dockerfile", ("docker",), "dockerfile", "# ", "", "hadolint"),
    Format("makefile", ("make",), "mk", "# ", "", "GNU make, dry run"),
    Format("just", ("justfile",), "just", "# ", "", "just's own parser"),
    Format("ini", ("cfg",), "ini", "# ", "", "`configparser`"),
    Format(
        "sql",
        ("sqlite",),
        "sql",
        "-- ",
        "",
        "executed statement by statement in an empty in-memory SQLite database "
        "(`ATTACH` refused, so nothing reaches a file)",
    ),
    Format(
        "text",
        (),
        "txt",
        "# ",
        "",
        'only as a kind below; mark any other `text` block `test="skip" reason="..."`',
    ),
    Format(
        "markdown",
        ("md",),
        "md",
        "<!-- ",
        " -->",
        "the handbook's own parser: its fences and rule headings must be valid, so an "
        "example of page source is what the handbook accepts",
    ),
)
"""Every language the handbook can extract, in the order the guide lists them."""

KINDS: tuple[Kind, ...] = (
    Kind(
        "toml",
        ("pyproject.toml",),
        "pyproject",
        "validate-pyproject; ruff loads its `[tool.ruff]` table",
    ),
    Kind("toml", ("ruff.toml", ".ruff.toml"), "ruff", "ruff loads it as its settings"),
    Kind(
        "yaml",
        (".github/workflows/*",),
        "workflow",
        "check-jsonschema (`vendor.github-workflows`) and zizmor",
        shape="any mapping with top-level `on` and `jobs`",
    ),
    Kind(
        "yaml",
        ("action.yml", "action.yaml"),
        "action",
        "check-jsonschema (`vendor.github-actions`) and zizmor",
        shape="any mapping whose `runs` has `using` (`composite`, `node20`...)",
    ),
    Kind(
        "yaml",
        (".pre-commit-config.yaml", ".pre-commit-config.yml"),
        "pre-commit",
        "`pre-commit validate-config`",
    ),
    Kind(
        "yaml",
        (".github/dependabot.yml", ".github/dependabot.yaml"),
        "dependabot",
        "check-jsonschema (`vendor.dependabot`)",
    ),
    Kind(
        "yaml",
        ("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"),
        "compose",
        "check-jsonschema (`vendor.compose-spec`)",
    ),
    Kind(
        "yaml",
        ("*.rules.yml", "*.rules.yaml", "rules.yml", "alerts.yml", "*-rules.yml"),
        "prometheus-rules",
        "`promtool check rules` (Prometheus recording and alerting rules)",
        shape="a mapping whose only key is `groups`, each group holding `rules`",
    ),
    Kind(
        "ini",
        (".editorconfig",),
        "editorconfig",
        "`configparser`, allowing its section-less preamble",
    ),
    Kind(
        "text",
        ("tree", "* tree"),
        "tree",
        "the handbook's tree checker (a drawn directory tree must be well formed)",
    ),
)
"""The well-known files, tried in order before a block falls back to its format."""

SYSTEM_TOOLS: dict[str, str] = {
    "make": "make",
    "promtool": "prometheus",
    "jq": "jq",
    "git": "git",
}
"""Tools the validators and console blocks call that PyPI does not have, each with the
Debian package that installs it.

Without one of them, the blocks that need it are skipped with the install command as
the reason; in CI (``CI=true``) they fail instead.
"""

HIGHLIGHTER_MEANING: dict[str, str] = {
    "title": (
        "Shown above the block. It also picks the validator of a well-known file "
        "(see the validators below)."
    ),
    "hl_lines": 'Lines to highlight, e.g. `hl_lines="2 3"`.',
    "linenums": 'Number the lines, starting from the value, e.g. `linenums="1"`.',
}
"""What the highlighter's settings do, for the guide's table."""

_BY_SPELLING: dict[str, Format] = {
    spelling: fmt for fmt in FORMATS for spelling in fmt.spellings
}


def format_of(language: str) -> Format | None:
    """The format a fence's language names, by its name or an alias, in any case."""
    return _BY_SPELLING.get(language.strip().lower())


def canonical_language(language: str) -> str:
    """The canonical name of `language`; an unknown language comes back lower-cased."""
    found = format_of(language)
    return found.name if found is not None else language.strip().lower()


def kind_by_title(language: str, title: str | None) -> Kind | None:
    """The well-known file a block's title names, if any.

    Args:
        language: The block's language (any spelling).
        title: The block's ``title="..."`` setting.

    Returns:
        The first kind of `KINDS` whose language and title pattern match.
    """
    if not title:
        return None
    name = canonical_language(language)
    last = PurePosixPath(title).name
    for kind in KINDS:
        if kind.language != name:
            continue
        for pattern in kind.title_patterns:
            if fnmatchcase(title, pattern) or (
                "/" not in pattern and fnmatchcase(last, pattern)
            ):
                return kind
    return None


def fence_settings_markdown() -> str:
    """The guide's table of fence settings, from `handbook.settings`."""
    # settings reads the registry for languages; the table is read the other way.
    from handbook.settings import (  # noqa: PLC0415
        HANDBOOK_SETTINGS,
        HIGHLIGHTER_SETTINGS,
    )

    rows = ["| setting | read by | meaning |", "| --- | --- | --- |"]
    order = [name for name in HIGHLIGHTER_MEANING if name in HIGHLIGHTER_SETTINGS]
    order += sorted(HIGHLIGHTER_SETTINGS - set(order))
    rows.extend(
        f"| `{name}` | the highlighter | "
        f"{_cell(HIGHLIGHTER_MEANING.get(name, 'Passed to the highlighter.'))} |"
        for name in order
    )
    rows.extend(
        f"| `{name}` | the handbook (removed before rendering) | {_cell(meaning)} |"
        for name, meaning in HANDBOOK_SETTINGS.items()
    )
    return "\n".join(rows) + "\n"


def formats_markdown() -> str:
    """The guide's table of languages and how each is checked, from `FORMATS`."""
    rows = [
        "| language | extracted as | validated with |",
        "| --- | --- | --- |",
    ]
    for fmt in FORMATS:
        spellings = ", ".join(f"`{spelling}`" for spelling in fmt.spellings)
        validated = fmt.validates or "nothing"
        rows.append(f"| {spellings} | `.{fmt.extension}` | {_cell(validated)} |")
        for kind in KINDS:
            if kind.language == fmt.name:
                titles = " or ".join(f"`{p}`" for p in kind.title_patterns)
                shaped = f", or {kind.shape}" if kind.shape else ""
                which = f"`{fmt.name}` titled {titles}{shaped}"
                validated = _cell(kind.validates)
                rows.append(f"| {_cell(which)} | `.{fmt.extension}` | {validated} |")
    return "\n".join(rows) + "\n"


def _cell(text: str) -> str:
    """Text made safe for one cell of a Markdown table."""
    return " ".join(text.split()).replace("|", "\\|")
