"""Ruff's rule codes and their names, with or without ruff installed.

A rule's ``enforced-by="ruff:B006"`` is checked against ruff's codes, and its link
names the rule (``https://docs.astral.sh/ruff/rules/mutable-argument-default/``). The
test run asks the installed ruff; ``mkdocs build`` with the ``docs`` dependency group
alone has no ruff, and reads ``data/ruff-rules.json``, a copy of what
``ruff rule --all`` reports that tests/test_ruff_codes.py holds equal to the installed
ruff. After ruff is upgraded, regenerate it with::

    uv run python -m handbook.ruff_codes
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import cast

RUFF_RULES = Path(__file__).parent / "data" / "ruff-rules.json"
"""The committed copy of ruff's codes and names, and the version they came from."""


def installed_ruff() -> str | None:
    """The ruff installed beside this interpreter, else the one on PATH, else None."""
    beside = Path(sys.executable).parent / "ruff"
    if beside.is_file():
        return str(beside)
    return shutil.which("ruff")


def ruff_rule_names() -> dict[str, str]:
    """Every code ruff knows, mapped to the rule's name (``B006`` to its name).

    The installed ruff answers when there is one; otherwise the committed copy does.
    """
    ruff = installed_ruff()
    if ruff is None:
        return committed_rule_names()
    return ask_ruff(ruff)[1]


def ask_ruff(ruff: str) -> tuple[str, dict[str, str]]:
    """The version of the ruff at `ruff`, and its codes mapped to rule names."""
    version = _run(ruff, "--version").removeprefix("ruff ").strip()
    entries = cast(
        "list[dict[str, object]]",
        json.loads(_run(ruff, "rule", "--all", "--output-format=json")),
    )
    names = {str(entry["code"]): str(entry["name"]) for entry in entries}
    return version, dict(sorted(names.items()))


def committed_version(path: Path | None = None) -> str:
    """The version of ruff the copy at `path` (`RUFF_RULES`) was made with."""
    return str(_load(path)["ruff"])


def committed_rule_names(path: Path | None = None) -> dict[str, str]:
    """The codes and rule names of the copy at `path` (`RUFF_RULES`)."""
    rules = cast("dict[str, object]", _load(path)["rules"])
    return {code: str(name) for code, name in rules.items()}


def write_ruff_rules(path: Path | None = None) -> str:
    """Write the installed ruff's codes and names to `path` (`RUFF_RULES`).

    Returns:
        The version of the ruff that reported them.

    Raises:
        RuntimeError: When no ruff is installed.
    """
    ruff = installed_ruff()
    if ruff is None:
        msg = "ruff is not installed: run this with the test group (uv run)"
        raise RuntimeError(msg)
    version, names = ask_ruff(ruff)
    data = {"ruff": version, "rules": names}
    (path or RUFF_RULES).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return version


def _load(path: Path | None) -> dict[str, object]:
    text = (path or RUFF_RULES).read_text(encoding="utf-8")
    return cast("dict[str, object]", json.loads(text))


def _run(ruff: str, *args: str) -> str:
    result = subprocess.run(  # noqa: S603 - the installed ruff, fixed arguments
        [ruff, *args], capture_output=True, text=True, check=True
    )
    return result.stdout


if __name__ == "__main__":
    written = write_ruff_rules()
    print(f"{RUFF_RULES}: the codes of ruff {written}")  # noqa: T201 - its report
