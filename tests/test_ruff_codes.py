"""Ruff's codes and names without ruff: the committed copy cannot drift from ruff.

``mkdocs build`` with the ``docs`` group alone reads src/handbook/data/ruff-rules.json
to check ``enforced-by="ruff:CODE"`` and link each code to its rule's page. These tests
hold that file to what the installed ruff (the locked one) reports, and show where the
names come from with ruff and without it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from handbook import ruff_codes
from handbook.ruff_codes import (
    RUFF_RULES,
    ask_ruff,
    committed_rule_names,
    committed_version,
    installed_ruff,
    ruff_rule_names,
    write_ruff_rules,
)

REGENERATE = "run `uv run python -m handbook.ruff_codes` and commit the file"


@pytest.fixture
def ruff() -> str:
    found = installed_ruff()
    assert found is not None, "ruff is in the test dependency group"
    return found


def test_the_committed_copy_is_what_the_installed_ruff_reports(
    ruff: str, tmp_path: Path
) -> None:
    version, names = ask_ruff(ruff)
    assert committed_version() == version, (
        f"{RUFF_RULES} was made with ruff {committed_version()}, the installed ruff "
        f"is {version}: {REGENERATE}"
    )
    committed = committed_rule_names()
    assert committed == names, (
        f"{RUFF_RULES} differs from `ruff rule --all`: "
        f"{sorted(set(committed.items()) ^ set(names.items()))[:10]}; {REGENERATE}"
    )
    # Byte for byte what regenerating it would write.
    fresh = tmp_path / "ruff-rules.json"
    assert write_ruff_rules(fresh) == version
    assert fresh.read_bytes() == RUFF_RULES.read_bytes(), REGENERATE


def test_with_ruff_installed_ruff_answers(ruff: str) -> None:
    names = ruff_rule_names()
    assert names == ask_ruff(ruff)[1]
    assert names["B006"] == "mutable-argument-default"


def test_without_ruff_the_committed_copy_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An interpreter with no ruff beside it, and a PATH with none on it.
    monkeypatch.setattr(sys, "executable", str(tmp_path / "bin" / "python"))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert installed_ruff() is None
    copy = tmp_path / "ruff-rules.json"
    copy.write_text('{"ruff": "0.0.0", "rules": {"X001": "only-in-this-copy"}}\n')
    monkeypatch.setattr(ruff_codes, "RUFF_RULES", copy)
    assert ruff_rule_names() == {"X001": "only-in-this-copy"}


def test_writing_the_copy_without_ruff_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "executable", str(tmp_path / "bin" / "python"))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(RuntimeError, match="ruff is not installed"):
        write_ruff_rules(tmp_path / "ruff-rules.json")
    assert not (tmp_path / "ruff-rules.json").exists()
