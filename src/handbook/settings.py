"""The one definition of the fence settings an author may put on a code block.

A fence's info string holds the language and then ``key="value"`` pairs, for example
```` ```python requires="3.12" ````. Some keys belong to the highlighter and are passed
on to
the rendered page; the others are the handbook's own and are removed before rendering.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

from handbook.formats import canonical_language

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
    "lint": (
        'lint="expect:B006" marks a deliberate anti-pattern and the codes it has: '
        "ruff codes or pyright rules in Python, hadolint (`DL3007`) or shellcheck "
        "(`SC2086`) codes in a Dockerfile or shell block."
    ),
    "group": "Blocks of one page with the same group run in order and share names.",
    "clock": (
        'clock="2026-01-05T09:30:00+00:00" freezes the clock at that aware moment '
        "while the block runs (time-machine): time.time, datetime.now and friends."
    ),
    "seed": 'seed="7" seeds `random` before the block runs (default: seed="0").',
}
"""The handbook's own settings and what each means; removed before rendering."""


VERSION_PATTERN = re.compile(r"^3\.(\d+)$")
OLDEST_SUPPORTED = (3, 11)
"""The Python the handbook itself runs on (``requires-python`` of pyproject.toml)."""
NEWEST_RELEASED = (3, 15)
"""The newest Python minor with a final release: 3.15.0 came out in October 2026.

Raise it when the next one is out; ``requires=`` newer than this is an error.
"""
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
    clock: str | None = None
    seed: int = 0


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
    language = canonical_language(language)
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
        clock=_parse_clock(pairs.get("clock")),
        seed=_parse_seed(pairs.get("seed")),
    )


def _parse_clock(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        msg = (
            f'clock="{value}" is not an aware ISO 8601 moment; write e.g. '
            'clock="2026-01-05T09:30:00+00:00"'
        )
        raise SettingsError(msg)
    return value


def _parse_seed(value: str | None) -> int:
    if value is None:
        return 0
    if not value.isdigit():
        msg = f'seed="{value}" is not a whole number'
        raise SettingsError(msg)
    return int(value)


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
    version = (3, int(match[1]))
    if version > NEWEST_RELEASED:
        newest = ".".join(map(str, NEWEST_RELEASED))
        msg = (
            f'requires="{value}" is no released Python; the newest is {newest}, '
            "and a block for an unreleased one could never run"
        )
        raise SettingsError(msg)
    if version < OLDEST_SUPPORTED:
        oldest = ".".join(map(str, OLDEST_SUPPORTED))
        msg = (
            f'requires="{value}" is below {oldest}: '
            f"the handbook runs on {oldest}+, drop requires"
        )
        raise SettingsError(msg)
    return version


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
            "with ruff codes (B006), pyright rules (reportX), or for a Dockerfile or "
            "shell block hadolint (DL3007) or shellcheck (SC2086) codes"
        )
        raise SettingsError(msg)
    codes = tuple(sorted({code for code in match["codes"].split(",") if code}))
    for code in codes:
        _check_known(code, value)
    return codes


VALIDATOR_CODE = re.compile(r"^(?:DL[0-9]{4}|SC[0-9]{4})$")
"""hadolint's (``DL3007``) and shellcheck's (``SC2086``) codes, which a Dockerfile or
shell block may expect; neither tool lists its codes, so their form is checked, and the
block's test fails unless the tool reports exactly them."""


def _check_known(code: str, value: str) -> None:
    """Refuse a code that no installed linter has: no block could ever show it."""
    if VALIDATOR_CODE.match(code):
        return
    if code.startswith("report"):
        known = pyright_rule_names()
        if known is not None and code not in known:
            msg = (
                f'lint="{value}": pyright has no diagnostic rule {code} '
                "(checked against the installed basedpyright)"
            )
            raise SettingsError(msg)
        return
    from handbook.rules import ruff_rules  # noqa: PLC0415 - rules imports blocks

    if code not in ruff_rules():
        msg = f'lint="{value}": ruff has no rule {code} (asked the installed ruff)'
        raise SettingsError(msg)


PYRIGHT_RULE = re.compile(r'DiagnosticRule\["(report\w+)"\] = "\1"')
"""An entry of the ``DiagnosticRule`` enum in basedpyright's bundled ``pyright.js``."""


@cache
def pyright_rule_names() -> frozenset[str] | None:
    """Every ``report...`` diagnostic rule of the installed basedpyright.

    Read from the enum compiled into its ``dist/pyright.js``; None where basedpyright
    is not installed (a docs-only environment, which lints nothing either).
    """
    spec = importlib.util.find_spec("basedpyright")
    if spec is None or not spec.submodule_search_locations:
        return None
    bundle = Path(spec.submodule_search_locations[0], "dist", "pyright.js")
    if not bundle.is_file():
        return None
    return frozenset(PYRIGHT_RULE.findall(bundle.read_text(encoding="utf-8")))
