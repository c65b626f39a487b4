"""The one definition of the fence settings an author may put on a code block.

A fence's info string holds the language and then ``key="value"`` pairs, for example
```` ```python requires="3.12" ````. Some keys belong to the highlighter and are passed
on to
the rendered page; the others are the handbook's own and are removed before rendering.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SETTING_PATTERN = re.compile(
    r"""(?P<key>[A-Za-z_][\w-]*)=(?P<quote>["'])(?P<value>.*?)(?P=quote)"""
)
"""One ``key="value"`` pair of an info string."""

HIGHLIGHTER_SETTINGS = frozenset({"title", "hl_lines", "linenums"})
"""Settings that pymdownx.highlight understands; they stay in the rendered fence."""

HANDBOOK_SETTINGS: dict[str, str] = {
    "requires": 'Minimum Python version the block needs, e.g. requires="3.12".',
    "test": 'test="skip" leaves the block unexecuted; needs reason="...".',
    "reason": 'Why a block is skipped; required with test="skip".',
    "lint": 'lint="expect:B006" marks a deliberate anti-pattern and the codes it has.',
    "group": "Blocks of one page with the same group run in order and share names.",
}
"""The handbook's own settings and what each means; removed before rendering."""

LANGUAGE_ALIASES: dict[str, str] = {
    "py": "python",
    "python3": "python",
    "sh": "bash",
    "shell": "bash",
    "yml": "yaml",
    "docker": "dockerfile",
    "make": "makefile",
    "justfile": "just",
    "cfg": "ini",
    "md": "markdown",
}
"""Spellings of a language that mean the same validator."""

VERSION_PATTERN = re.compile(r"^3\.(\d+)$")
EXPECT_CODE = r"(?:[A-Z]+[0-9]+|report[A-Za-z]+)"
EXPECT_PATTERN = re.compile(rf"^expect:(?P<codes>{EXPECT_CODE}(?:,{EXPECT_CODE})*)$")


class SettingsError(ValueError):
    """A fence's settings are malformed; the message says what is wrong."""


@dataclass(frozen=True)
class FenceSettings:
    """The parsed settings of one fence."""

    requires: tuple[int, int] | None = None
    skip_reason: str | None = None
    expected_codes: tuple[str, ...] = ()
    group: str | None = None
    title: str | None = None


def split_info(info: str) -> tuple[str, dict[str, str], str]:
    """Split a fence info string into language, settings, and leftover text.

    Args:
        info: Everything after the backticks on the opening fence line.

    Returns:
        The language (lower-cased, aliases resolved), the ``key="value"`` pairs in
        order, and
        whatever text is neither (an empty string for a well-formed info string).
    """
    info = info.strip()
    language, _, rest = info.partition(" ")
    language = language.strip().lower()
    language = LANGUAGE_ALIASES.get(language, language)
    pairs = {m["key"]: m["value"] for m in SETTING_PATTERN.finditer(rest)}
    leftover = SETTING_PATTERN.sub("", rest).strip()
    return language, pairs, leftover


def parse_settings(pairs: dict[str, str], leftover: str = "") -> FenceSettings:
    """Check the pairs of an info string and turn them into `FenceSettings`.

    Args:
        pairs: The ``key="value"`` pairs from `split_info`.
        leftover: Text of the info string that is not a pair.

    Returns:
        The settings.

    Raises:
        SettingsError: For an unknown key, a bad value or a missing reason.
    """
    if leftover:
        msg = f'cannot read {leftover!r} in the fence settings; write key="value" pairs'
        raise SettingsError(msg)
    known = HIGHLIGHTER_SETTINGS | HANDBOOK_SETTINGS.keys()
    unknown = sorted(set(pairs) - known)
    if unknown:
        listed = ", ".join(sorted(known))
        msg = f"unknown fence setting {unknown[0]!r}; known settings: {listed}"
        raise SettingsError(msg)
    return FenceSettings(
        requires=_parse_requires(pairs.get("requires")),
        skip_reason=_parse_skip(pairs.get("test"), pairs.get("reason")),
        expected_codes=_parse_lint(pairs.get("lint")),
        group=pairs.get("group") or None,
        title=pairs.get("title"),
    )


def strip_handbook_settings(info: str) -> str:
    """Remove the handbook's settings from an info string; keep the highlighter's.

    Args:
        info: A fence info string.

    Returns:
        The info string as the highlighter should see it.
    """
    kept = SETTING_PATTERN.sub(
        lambda m: m[0] if m["key"] in HIGHLIGHTER_SETTINGS else "", info
    )
    return re.sub(r"\s{2,}", " ", kept).rstrip()


def _parse_requires(value: str | None) -> tuple[int, int] | None:
    if value is None:
        return None
    match = VERSION_PATTERN.match(value)
    if match is None:
        msg = f'requires="{value}" is not a Python version like "3.12"'
        raise SettingsError(msg)
    return (3, int(match[1]))


def _parse_skip(test: str | None, reason: str | None) -> str | None:
    if test is None:
        if reason is not None:
            msg = 'reason="..." only goes with test="skip"'
            raise SettingsError(msg)
        return None
    if test != "skip":
        msg = f'test="{test}" is not understood; the only value is test="skip"'
        raise SettingsError(msg)
    if not reason or not reason.strip():
        msg = 'test="skip" needs reason="..." saying why the block cannot run'
        raise SettingsError(msg)
    return reason.strip()


def _parse_lint(value: str | None) -> tuple[str, ...]:
    if value is None:
        return ()
    match = EXPECT_PATTERN.match(value)
    if match is None:
        msg = (
            f'lint="{value}" is not understood; write lint="expect:CODE[,CODE]" '
            "with ruff codes (B006) or pyright rules (reportX)"
        )
        raise SettingsError(msg)
    return tuple(sorted({code for code in match["codes"].split(",") if code}))
